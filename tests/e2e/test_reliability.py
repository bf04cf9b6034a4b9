"""Reliability end to end: retries, idempotency, error mapping and connection reuse against the fake Stripe.

Everything runs over real HTTP on 127.0.0.1 against the latest pinned API version.  Backoff sleeps
are patched out on each client (``client._sleep``), so no test sleeps for real.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from types import ModuleType
from typing import Any

import pytest
from stripe_client.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    RateLimitError,
    StripeError,
)

from generator.mock import MockServer
from generator.versions import pinned_versions

from .canned import CannedServer
from .conftest import API_KEY

LATEST = pinned_versions()[-1]
N = 30


@pytest.fixture
def srv(mock: MockServer) -> MockServer:
    mock.reset()
    return mock


def sync_client(pkg: ModuleType, server: MockServer | CannedServer, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    client = pkg.StripeClient(base_url=server.url, connect_base_url=server.url, **kwargs)
    client._sleep = lambda seconds: None  # no real backoff in tests
    return client


def async_client(pkg: ModuleType, server: MockServer | CannedServer, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    client = pkg.AsyncStripeClient(base_url=server.url, connect_base_url=server.url, **kwargs)

    async def no_sleep(seconds: float) -> None:
        await asyncio.sleep(0)

    client._sleep = no_sleep
    return client


# --------------------------------------------------------------------------- 1. no object lost or duplicated

FAULT_MIX = ["drop_before", "drop_after", "429", "500", "503", "should_retry_true", "slow"]


def test_random_faults_create_each_customer_exactly_once(pkg: ModuleType, srv: MockServer) -> None:
    srv.set_fault_rate(0.34, FAULT_MIX, seed=20240215, delay=0.01, retry_after="0")

    client = sync_client(pkg, srv, max_retries=10)
    sync_made = [client.customers.create(email=f"sync{i}@example.com", metadata={"i": str(i)}) for i in range(N)]
    client.close()

    async def create_async() -> list[Any]:
        async with async_client(pkg, srv, max_retries=10) as aclient:
            return list(
                await asyncio.gather(
                    *(aclient.customers.create(email=f"async{i}@example.com", metadata={"i": str(i)}) for i in range(N))
                )
            )

    async_made = asyncio.run(create_async())
    srv.set_fault_rate(0.0, [])

    made = sync_made + async_made
    assert all(c.id.startswith("cus_") for c in made)
    assert len({c.id for c in made}) == 2 * N
    assert srv.store.count("customer") == 2 * N
    stored = {c["id"]: c for c in srv.store.all("customer")}
    assert set(stored) == {c.id for c in made}
    for c in made:  # each answer is the object the server stored for that call
        assert stored[c.id]["email"] == c.email

    applied = Counter(kind for method, _, kind in srv.faults.applied if method == "POST")
    assert applied["drop_after"] > 0 and applied["drop_before"] > 0, applied
    assert sum(applied.values()) >= 2 * N * 0.25, applied  # about a third of the requests failed

    posts = [r for r in srv.requests if r.method == "POST"]
    by_key: dict[str, list[Any]] = {}
    for r in posts:
        by_key.setdefault(r.headers["Idempotency-Key"], []).append(r)
    assert len(by_key) == 2 * N  # one key per logical create, reused on every retry
    # every drop_after created the object; its retry (same key) was replayed, not created again
    replays = [r for r in posts if r.fault is None and r.status == 200 and any(
        p.fault == "drop_after" for p in by_key[r.headers["Idempotency-Key"]] if p is not r)]
    assert replays, "a drop_after should have been followed by a replayed retry"


# --------------------------------------------------------------------------- 2. each failure -> its exception


def _count(server: MockServer, method: str = "POST") -> int:
    return sum(1 for r in server.requests if r.method == method)


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize(
    ("kind", "exc_type", "status"),
    [
        ("429", RateLimitError, 429),
        ("500", APIError, 500),
        ("503", APIError, 503),
        ("no_error_body", APIError, 500),
        ("non_json", APIError, 502),
    ],
)
def test_retryable_status_raises_after_retries(
    pkg: ModuleType, srv: MockServer, kind: str, exc_type: type[StripeError], status: int, max_retries: int
) -> None:
    srv.faults.push(kind, times=max_retries + 1)
    with sync_client(pkg, srv, max_retries=max_retries) as client, pytest.raises(exc_type) as info:
        client.customers.create(email="x@example.com")
    err = info.value
    assert type(err) is exc_type
    assert err.http_status == status
    assert _count(srv) == max_retries + 1
    assert err.request_id is not None and err.request_id == srv.requests[-1].request_id
    assert srv.store.count("customer") == 0
    if kind == "non_json":
        assert "HTTP 502" in str(err) and "not JSON" in str(err)
    if kind == "no_error_body":
        assert "HTTP 500" in str(err) and "no 'error' object" in str(err)
    if kind == "429":
        assert err.code == "rate_limit"


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("kind", ["drop_before", "drop_after"])
def test_dropped_connection_raises_connection_error(pkg: ModuleType, srv: MockServer, kind: str, max_retries: int) -> None:
    srv.faults.push(kind, times=max_retries + 1)
    with sync_client(pkg, srv, max_retries=max_retries) as client, pytest.raises(APIConnectionError) as info:
        client.customers.create(email="x@example.com")
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.should_retry is True
    assert f"after {max_retries + 1} attempt" in str(info.value)
    assert _count(srv) == max_retries + 1
    # drop_after: the object was created once; the retries replayed it (same key), never made another
    assert srv.store.count("customer") == (1 if kind == "drop_after" else 0)
    assert len({r.headers["Idempotency-Key"] for r in srv.requests}) == 1


def test_retry_after_drop_after_returns_the_created_object(pkg: ModuleType, srv: MockServer) -> None:
    srv.faults.push("drop_after")
    with sync_client(pkg, srv, max_retries=1) as client:
        customer = client.customers.create(email="once@example.com")
    assert srv.store.count("customer") == 1
    assert srv.store.all("customer")[0]["id"] == customer.id
    assert customer.last_response is not None
    assert customer.last_response.headers.get("Idempotent-Replayed") == "true"


@pytest.mark.parametrize("max_retries", [0, 1])
def test_slow_response_times_out(pkg: ModuleType, srv: MockServer, max_retries: int) -> None:
    srv.faults.push("slow", times=max_retries + 1, delay=1.0)
    with sync_client(pkg, srv, max_retries=max_retries, timeout=0.2) as client, pytest.raises(APITimeoutError) as info:
        client.customers.retrieve("cus_whatever")
    assert isinstance(info.value, APIConnectionError)
    assert "timed out" in str(info.value) and "0.2 s" in str(info.value)
    assert _count(srv, "GET") == max_retries + 1


def test_malformed_json_is_an_api_error(pkg: ModuleType, srv: MockServer) -> None:
    srv.faults.push("malformed_json")
    with sync_client(pkg, srv, max_retries=2) as client, pytest.raises(APIError) as info:
        client.customers.retrieve("cus_whatever")
    assert "not valid JSON" in str(info.value) and "HTTP 200" in str(info.value)
    assert info.value.request_id == srv.requests[-1].request_id
    assert _count(srv, "GET") == 1  # a 200 is an answer: not retried


def test_invalid_param_is_invalid_request_error_with_param(pkg: ModuleType, srv: MockServer) -> None:
    with sync_client(pkg, srv, max_retries=2) as client, pytest.raises(InvalidRequestError) as info:
        client.customers.create(tax_exempt="bogus")  # type: ignore[arg-type]
    err = info.value
    assert err.http_status == 400 and err.param == "tax_exempt"
    assert err.request_id == srv.requests[-1].request_id
    assert _count(srv) == 1  # a 400 is not retried


def test_bad_key_is_authentication_error(pkg: ModuleType, srv: MockServer) -> None:
    with sync_client(pkg, srv, api_key="not_a_key_123456", max_retries=2) as client, pytest.raises(AuthenticationError) as info:
        client.customers.list()
    assert info.value.http_status == 401
    assert info.value.request_id == srv.requests[-1].request_id
    assert _count(srv, "GET") == 1


def test_missing_object_is_invalid_request_error_404(pkg: ModuleType, srv: MockServer) -> None:
    with sync_client(pkg, srv, max_retries=2) as client, pytest.raises(InvalidRequestError) as info:
        client.customers.retrieve("cus_does_not_exist")
    assert info.value.http_status == 404 and info.value.code == "resource_missing"
    assert info.value.request_id == srv.requests[-1].request_id
    assert _count(srv, "GET") == 1


def test_card_error_402(pkg: ModuleType) -> None:
    # The fake Stripe never declines a card: a canned 402 as Stripe sends it.
    body = {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                      "message": "Your card has insufficient funds.", "param": "", "charge": "ch_1"}}
    with CannedServer({("POST", "/v1/payment_intents"): (402, body, {"Request-Id": "req_card"})}) as canned:
        with sync_client(pkg, canned, max_retries=2) as client, pytest.raises(CardError) as info:
            client.payment_intents.create(amount=100, currency="usd", confirm=True, payment_method="pm_x")
        assert len(canned.requests) == 1
    err = info.value
    assert err.http_status == 402 and err.code == "card_declined" and err.decline_code == "insufficient_funds"
    assert err.request_id == "req_card" and err.error is not None and err.error.charge == "ch_1"


@pytest.mark.parametrize("status", [409, 500])
def test_should_retry_false_is_not_retried(pkg: ModuleType, srv: MockServer, status: int) -> None:
    srv.faults.push("should_retry_false", status=status)
    with sync_client(pkg, srv, max_retries=3) as client, pytest.raises(StripeError) as info:
        client.customers.create(email="x@example.com")
    assert _count(srv) == 1
    assert info.value.http_status == status
    assert type(info.value) is (InvalidRequestError if status == 409 else APIError)
    assert info.value.request_id == srv.requests[-1].request_id


def test_should_retry_true_on_400_is_retried(pkg: ModuleType, srv: MockServer) -> None:
    srv.faults.push("should_retry_true")
    with sync_client(pkg, srv, max_retries=1) as client:
        customer = client.customers.create(email="x@example.com")
    assert [r.status for r in srv.requests] == [400, 200]
    assert srv.store.count("customer") == 1 and customer.id.startswith("cus_")


def test_should_retry_true_exhausted_raises_invalid_request(pkg: ModuleType, srv: MockServer) -> None:
    srv.faults.push("should_retry_true", times=3)
    with sync_client(pkg, srv, max_retries=2) as client, pytest.raises(InvalidRequestError) as info:
        client.customers.create(email="x@example.com")
    assert info.value.http_status == 400 and _count(srv) == 3


def test_idempotency_mismatch_and_replay(pkg: ModuleType, srv: MockServer) -> None:
    with sync_client(pkg, srv, max_retries=0) as client:
        first = client.customers.create(email="a@example.com", request_options={"idempotency_key": "order-42"})
        again = client.customers.create(email="a@example.com", request_options={"idempotency_key": "order-42"})
        assert again.id == first.id
        assert again.last_response is not None
        assert again.last_response.headers.get("Idempotent-Replayed") == "true"
        assert first.last_response is not None and "Idempotent-Replayed" not in first.last_response.headers
        with pytest.raises(IdempotencyError) as info:
            client.customers.create(email="b@example.com", request_options={"idempotency_key": "order-42"})
    assert info.value.http_status == 400 and "order-42" in str(info.value)
    assert info.value.request_id == srv.requests[-1].request_id
    assert srv.store.count("customer") == 1
    assert {r.headers["Idempotency-Key"] for r in srv.requests} == {"order-42"}


def test_async_client_maps_errors_the_same(pkg: ModuleType, srv: MockServer) -> None:
    async def scenario() -> None:
        async with async_client(pkg, srv, max_retries=1) as client:
            srv.faults.push("503", times=2)
            with pytest.raises(APIError):
                await client.customers.create(email="x@example.com")
            srv.faults.push("drop_after")
            customer = await client.customers.create(email="y@example.com")
            assert srv.store.count("customer") == 1 and customer.id == srv.store.all("customer")[0]["id"]
            with pytest.raises(InvalidRequestError):
                await client.customers.retrieve("cus_nope")

    asyncio.run(scenario())
    assert len(srv.requests) == 2 + 2 + 1


# --------------------------------------------------------------------------- 3. concurrency and connection reuse


def test_async_gather_200_calls_reuses_connections(pkg: ModuleType, srv: MockServer) -> None:
    async def scenario() -> list[Any]:
        async with async_client(pkg, srv, max_retries=0) as client:
            seed = await client.customers.create(email="seed@example.com")
            calls = [
                client.customers.create(email=f"c{i}@example.com") if i % 2 else client.customers.retrieve(seed.id)
                for i in range(200)
            ]
            return list(await asyncio.gather(*calls))

    results = asyncio.run(scenario())
    assert len(results) == 200 and all(r.id.startswith("cus_") for r in results)
    assert srv.store.count("customer") == 1 + 100
    ports = {r.client_port for r in srv.requests}
    assert None not in ports
    assert len(srv.requests) == 201
    assert len(ports) <= 100  # httpx's default pool: max_connections=100


def test_threads_share_one_sync_client(pkg: ModuleType, srv: MockServer) -> None:
    client = sync_client(pkg, srv, max_retries=0)
    seed = client.customers.create(email="seed@example.com")
    errors: list[BaseException] = []
    ids: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        try:
            for i in range(25):
                c = client.customers.create(email=f"t{n}-{i}@example.com") if i % 2 else client.customers.retrieve(seed.id)
                with lock:
                    ids.append(c.id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    client.close()
    assert not errors, errors
    assert len(ids) == 200
    assert srv.store.count("customer") == 1 + 8 * 12
    ports = {r.client_port for r in srv.requests}
    assert len(srv.requests) == 201
    assert len(ports) <= 8 + 2  # one connection per thread (plus slack), not one per request
