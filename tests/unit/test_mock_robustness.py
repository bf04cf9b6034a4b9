"""The fake Stripe under hostile or broken input: always a Stripe-shaped JSON answer with the right
status, a bounded memory, no thread held forever, and its own bugs surfaced to the test."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from generator.mock.server import MAX_LOGGED_BODY, MockServerError

from .test_mock_server import KEY, SPEC


@pytest.fixture
def server():
    with MockServer(SPEC) as running:  # leaving the block raises if the server itself failed
        yield running


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as client:
        yield client


def invalid_request(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["message"], error
    return error


def raw_exchange(server: MockServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes; read the answer until the server closes (these answers all close)."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def assert_json_error(answer: tuple[int, dict[str, str], bytes], status: int) -> dict[str, Any]:
    got, headers, body = answer
    assert got == status, body
    assert headers["content-type"] == "application/json"
    error = json.loads(body)["error"]
    assert isinstance(error["type"], str) and error["message"]
    return error


# --- 16: hostile params are a 400, not a crash -------------------------------------------------


def test_empty_form_key_is_400(http):
    invalid_request(http.post("/v1/customers", content=b"=x", headers={"Content-Type": "application/x-www-form-urlencoded"}))
    invalid_request(http.post("/v1/customers", content=b"email=a%40b.c&=x",
                              headers={"Content-Type": "application/x-www-form-urlencoded"}))


def test_empty_query_key_is_400(http):
    invalid_request(http.get("/v1/customers?=x"))


def test_brackets_nested_very_deep_are_400(http):
    key = "metadata" + "[a]" * 10_000
    invalid_request(http.post("/v1/customers", data={key: "x"}))
    invalid_request(http.get("/v1/customers", params={"created" + "[a]" * 5_000: "1"}))


def test_a_5000_digit_integer_is_400(http):
    error = invalid_request(http.post("/v1/customers", data={"balance": "9" * 5000}))
    assert (error["code"], error["param"]) == ("parameter_invalid_integer", "balance")
    assert len(error["message"]) < 200
    assert invalid_request(http.post("/v1/customers", data={"balance": str(2**64)}))["code"] == "parameter_invalid_integer"


def test_json_nested_very_deep_is_400(http):
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    invalid_request(http.post("/v1/notes", content=deep, headers={"Content-Type": "application/json"}))
    nested = '{"text": ' + '{"a": ' * 500 + "1" + "}" * 500 + "}"
    invalid_request(http.post("/v1/notes", content=nested.encode(), headers={"Content-Type": "application/json"}))


# --- 17: broken HTTP gets a Stripe-shaped JSON error ---------------------------------------------


def test_bad_content_length_is_400(server):
    request = b"POST /v1/customers HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\nemail=a"
    assert_json_error(raw_exchange(server, request), 400)


def test_bad_chunk_size_is_400(server):
    request = b"POST /v1/customers HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nemail=a\r\n0\r\n\r\n"
    assert_json_error(raw_exchange(server, request), 400)


def test_malformed_fault_header_is_400(http):
    for value in ("bogus", "slow;delay=soon", ";"):
        error = invalid_request(http.get("/v1/customers", headers={"Stripe-Mock-Fault": value}))
        assert "Stripe-Mock-Fault" in error["message"]


def test_non_latin1_redirect_uri_is_percent_encoded(server):
    response = httpx.get(server.url + "/oauth/authorize", params={
        "client_id": "ca_1", "response_type": "code", "redirect_uri": "https://example.com/café\r\nX: y"})
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("https://example.com/caf%C3%A9") and "code=ac_" in location
    assert location.isascii() and "\n" not in location and " " not in location


@pytest.mark.parametrize("request_bytes, status", [
    (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
    (b"GET /v1/customers HTTP/1.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", 431),
    (b"BREW /v1/customers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),  # Stripe: Unrecognized URL
    (b"hello there\r\n\r\n", 400),
    (b"GET / HTTP/9.9\r\n\r\n", 505),
], ids=["414", "431", "unknown method", "garbage", "505"])
def test_the_http_layers_refusals_are_json(server, request_bytes, status):
    assert_json_error(raw_exchange(server, request_bytes), status)


# --- 18: bounded memory and no thread held forever --------------------------------------------


def test_the_request_log_keeps_the_last_requests_with_bodies_cut():
    big = {"email": "x" * 100_000}
    with MockServer(SPEC, max_logged_requests=20) as server, httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
        for index in range(50):
            invalid_request(http.post("/v1/customers", data={**big, "bad": str(index)}))
        assert len(server.requests) == 20
        assert server.requests[-1].params == {} and server.requests[-1].truncated
        assert all(len(r.body) <= MAX_LOGGED_BODY for r in server.requests)
        http.post("/v1/customers", data={"email": "a@b.c"})
        assert server.requests[-1].params == {"email": "a@b.c"} and not server.requests[-1].truncated


def test_by_default_large_bodies_are_not_kept_whole(server, http):
    for _ in range(3):
        invalid_request(http.post("/v1/customers", data={"email": "x" * 100_000, "bad": "1"}))
    assert all(len(r.body) <= MAX_LOGGED_BODY for r in server.requests)


def test_a_body_that_never_comes_frees_the_connection():
    with MockServer(SPEC, timeout=0.2) as server:
        request = b"POST /v1/customers HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nemail="
        assert_json_error(raw_exchange(server, request), 408)
        with socket.create_connection((server.host, server.port), timeout=10) as idle:
            assert idle.recv(1) == b""  # an idle connection is closed by the server, not held


# --- 19: OAuth errors in connect.stripe.com's shape ----------------------------------------------


def test_oauth_errors_have_the_oauth_shape(server):
    url = server.url + "/oauth/token"
    grant = httpx.post(url, auth=(KEY, ""), data={"grant_type": "authorization_code", "code": "nope"})
    assert grant.status_code == 400
    assert grant.json() == {"error": "invalid_grant", "error_description": "Authorization code does not exist: nope"}
    missing = httpx.post(url, auth=(KEY, ""), data={"code": "ac_1"})
    assert missing.json()["error"] == "invalid_request" and "grant_type" in missing.json()["error_description"]
    unsupported = httpx.post(url, auth=(KEY, ""), data={"grant_type": "password"})
    assert unsupported.json()["error"] == "unsupported_grant_type"
    client = httpx.post(url, data={"grant_type": "authorization_code", "code": "ac_1", "client_secret": "nope_123456789"})
    assert (client.status_code, client.json()["error"]) == (401, "invalid_client")
    assert set(client.json()) == {"error", "error_description"}


# --- 20: the server's own failure fails the test ------------------------------------------------


def test_a_crash_in_the_server_fails_the_test_and_is_500_on_the_wire():
    server = MockServer(SPEC)

    def broken(*args: Any) -> None:
        raise RuntimeError("boom")

    server.resources.handle = broken  # type: ignore[method-assign]
    with pytest.raises(MockServerError, match="RuntimeError: boom") as raised, server:
        response = httpx.get(server.url + "/v1/customers", auth=(KEY, ""))
        assert response.status_code == 500 and response.json()["error"]["type"] == "api_error"
    assert isinstance(raised.value.__cause__, RuntimeError)


def test_check_raises_once_then_is_clear():
    with MockServer(SPEC) as server:
        server.record_error("GET /v1/x", KeyError("k"))
        with pytest.raises(MockServerError, match="KeyError"):
            server.check()
        server.check()


# --- A: the pinned version --------------------------------------------------------------------


def test_an_unpinned_stripe_version_is_refused_as_stripe_does(http):
    refused = http.get("/v1/customers", headers={"Stripe-Version": "2099-01-01"})
    error = invalid_request(refused)
    assert error["message"] == "Invalid Stripe API version: 2099-01-01"
    pinned = http.get("/v1/customers", headers={"Stripe-Version": SPEC["info"]["version"]})
    assert pinned.status_code == 200 and pinned.headers["Stripe-Version"] == SPEC["info"]["version"]
    unset = http.get("/v1/customers")
    assert unset.status_code == 200 and unset.headers["Stripe-Version"] == SPEC["info"]["version"]


def test_the_pinned_version_can_be_given():
    with MockServer(SPEC, version="2020-08-27") as server, httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
        assert server.version == "2020-08-27"
        assert http.get("/v1/customers", headers={"Stripe-Version": "2020-08-27"}).status_code == 200
        invalid_request(http.get("/v1/customers", headers={"Stripe-Version": SPEC["info"]["version"]}))


def test_an_id_of_another_type_at_the_end_of_a_path_is_404(http):
    """Found by schemathesis: GET /v1/payment_intents/<a customer's id> answered a made-up intent."""
    customer = http.post("/v1/customers").json()["id"]
    error = invalid_request(http.get(f"/v1/payment_intents/{customer}"), status=404)
    assert error["code"] == "resource_missing"
