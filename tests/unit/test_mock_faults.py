"""Fault injection in the fake Stripe: each kind, the FIFO, the seeded rate and the control header."""

from __future__ import annotations

import time

import httpx
import pytest

from generator.mock import FAULT_KINDS, Fault, MockServer

from ..conftest import wait_until

KEY = "sk_test_faults"
SPEC = {
    "openapi": "3.0.0",
    "info": {"title": "faults", "version": "2023-08-16"},
    "paths": {
        "/v1/customers": {
            "post": {
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                    "type": "object", "additionalProperties": False, "properties": {"email": {"type": "string"}}}}}},
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["id", "object"], "properties": {
                        "id": {"type": "string"}, "object": {"type": "string", "enum": ["customer"]},
                        "email": {"type": "string", "nullable": True}}}}}}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def server():
    with MockServer(SPEC) as running:
        yield running


@pytest.fixture
def mock(server):
    server.reset()
    return server


@pytest.fixture
def http(mock):
    with httpx.Client(base_url=mock.url, auth=(KEY, ""), timeout=5) as client:
        yield client


def create(http, **headers: str) -> httpx.Response:
    return http.post("/v1/customers", data={"email": "a@b.c"}, headers=headers)


def test_drop_before_closes_without_processing(http, mock):
    mock.faults.push("drop_before")
    with pytest.raises(httpx.RemoteProtocolError):
        create(http)
    assert mock.store.count("customer") == 0
    assert create(http).status_code == 200
    assert mock.store.count("customer") == 1
    assert mock.requests[0].fault == "drop_before" and mock.requests[0].status is None


def test_drop_after_processes_then_closes(http, mock):
    mock.faults.push("drop_after")
    with pytest.raises(httpx.RemoteProtocolError):
        create(http, **{"Idempotency-Key": "k"})
    assert mock.store.count("customer") == 1
    retry = create(http, **{"Idempotency-Key": "k"})  # the retry a client makes replays, creating nothing
    assert retry.status_code == 200 and retry.headers["Idempotent-Replayed"] == "true"
    assert mock.store.count("customer") == 1


@pytest.mark.parametrize("kind, status, error_type", [("500", 500, "api_error"), ("503", 503, "api_error")])
def test_server_errors(http, mock, kind, status, error_type):
    mock.faults.push(kind)
    response = create(http)
    assert response.status_code == status and response.json()["error"]["type"] == error_type
    assert response.headers["Request-Id"].startswith("req_")
    assert mock.store.count("customer") == 0


def test_429_with_retry_after(http, mock):
    mock.faults.push("429")
    mock.faults.push("429", retry_after="3")
    first, second = create(http), create(http)
    assert (first.status_code, first.headers["Retry-After"]) == (429, "0")
    assert (second.status_code, second.headers["Retry-After"]) == (429, "3")
    assert first.json()["error"]["type"] == "rate_limit_error"
    assert create(http).status_code == 200


def test_should_retry_headers(http, mock):
    mock.faults.push("should_retry_false")
    mock.faults.push("should_retry_false", status=500)
    mock.faults.push("should_retry_true")
    a, b, c = create(http), create(http), create(http)
    assert (a.status_code, a.headers["Stripe-Should-Retry"]) == (409, "false")
    assert (b.status_code, b.headers["Stripe-Should-Retry"]) == (500, "false")
    assert (c.status_code, c.headers["Stripe-Should-Retry"]) == (400, "true")
    assert mock.store.count("customer") == 0


def test_slow(http, mock):
    mock.faults.push("slow", delay=0.3)
    started = time.monotonic()
    assert create(http).status_code == 200
    assert time.monotonic() - started >= 0.3
    mock.faults.push("slow", delay=0.5)
    with pytest.raises(httpx.ReadTimeout):
        http.post("/v1/customers", data={"email": "a@b.c"}, timeout=0.1)
    # the server still processes the request the client gave up on: wait until it has answered it
    wait_until(lambda: len(mock.requests) == 2 and mock.requests[-1].status is not None, "it has answered it")
    assert mock.store.count("customer") == 2


def test_broken_bodies(http, mock):
    mock.faults.extend(["malformed_json", "non_json", "no_error_body"])
    malformed = create(http)
    assert malformed.status_code == 200
    with pytest.raises(ValueError):
        malformed.json()
    html = create(http)
    assert html.status_code == 502 and html.headers["Content-Type"] == "text/html"
    bare = create(http)
    assert bare.status_code == 500 and "error" not in bare.json()
    assert mock.store.count("customer") == 0


def test_fifo_applies_in_order_then_stops(http, mock):
    mock.faults.push("500", times=2)
    mock.faults.push("503")
    assert [create(http).status_code for _ in range(4)] == [500, 500, 503, 200]
    assert mock.faults.pending == 0
    assert [kind for _, _, kind in mock.faults.applied] == ["500", "500", "503"]


def test_fault_filtered_by_path(http, mock):
    mock.faults.push("503", path="/v1/customers", method="POST")
    assert http.get("/v1/nothing").status_code == 404
    assert create(http).status_code == 503


def test_header_fault(http, mock):
    assert create(http, **{"Stripe-Mock-Fault": "503"}).status_code == 503
    response = create(http, **{"Stripe-Mock-Fault": "429;retry_after=2"})
    assert (response.status_code, response.headers["Retry-After"]) == (429, "2")
    assert create(http).status_code == 200


def rate_run(seed: int) -> list[int | str]:
    with MockServer(SPEC) as server:
        server.set_fault_rate(rate=0.33, kinds=["500", "503", "429"], seed=seed)
        with httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
            return [create(http).status_code for _ in range(30)]


def test_fault_rate_is_deterministic_under_a_seed():
    first, again, other = rate_run(1), rate_run(1), rate_run(2)
    assert first == again
    assert first != other
    faulted = sum(1 for s in first if s != 200)
    assert 3 <= faulted <= 20


def test_rate_with_drops_leaves_one_object_per_success(mock):
    mock.set_fault_rate(0.5, ["drop_before", "drop_after"], seed=3)
    successes = 0
    with httpx.Client(base_url=mock.url, auth=(KEY, "")) as http:
        for _ in range(20):
            try:
                successes += create(http).status_code == 200
            except httpx.TransportError:
                pass
    drops_after = sum(1 for _, _, kind in mock.faults.applied if kind == "drop_after")
    assert mock.store.count("customer") == successes + drops_after


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError):
        Fault("teapot")
    assert set(FAULT_KINDS) >= {"drop_before", "drop_after", "429", "500", "503", "should_retry_false",
                                "should_retry_true", "slow", "malformed_json", "non_json", "no_error_body"}
