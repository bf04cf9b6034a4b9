"""Unit tests for the runtime's safety guarantees: headers, invalid 2xx bodies, path values,
option validation, secrets in URLs and logs, undecodable bodies, repeated cursors.

Each runs on the sync and the async client where the behaviour involves I/O.
"""

from __future__ import annotations

import gzip
import json
import math
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from _runtime.client import AsyncAPIClient, SyncAPIClient
from _runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidResponseError,
    error_from_response,
)
from _runtime.models import AsyncListObject, ListObject, SearchResult, StripeObject

KEY = "sk_test_51SafetyKEYsafetyKEY0123456789"
VERSION = "2024-02-15"
CUSTOMER = {"id": "cus_123", "object": "customer", "email": "jenny@example.com"}

Handler = Callable[[httpx.Request], httpx.Response]


class Customer(StripeObject):
    id: str
    object: str = "customer"
    email: str | None = None


class Recorder:
    """A transport that records requests and answers with ``reply(request)``."""

    def __init__(self, reply: Handler | httpx.Response) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if isinstance(self.reply, httpx.Response):
            r = self.reply
            return httpx.Response(r.status_code, headers=r.headers, content=r.content)
        return self.reply(request)


def ok(body: object = CUSTOMER, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"Request-Id": "req_ok"})


def sync_client(handler: Any, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("stripe_version", VERSION)
    client = SyncAPIClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)
    client._sleep = lambda seconds: None
    return client


def async_client(handler: Any, **kwargs: Any) -> AsyncAPIClient:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("stripe_version", VERSION)
    client = AsyncAPIClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kwargs)

    async def no_sleep(seconds: float) -> None:
        return None

    client._sleep = no_sleep
    return client


async def call(client: SyncAPIClient | AsyncAPIClient, method: str, path: str, **args: Any) -> Any:
    """One request on either client (awaited when async), so each test runs on both."""
    args.setdefault("cast_to", Customer)
    if isinstance(client, AsyncAPIClient):
        return await client.request(method, path, **args)
    return client.request(method, path, **args)


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest) -> Callable[..., SyncAPIClient | AsyncAPIClient]:
    return sync_client if request.param == "sync" else async_client


# every test here runs without the caller's STRIPE_API_KEY and STRIPE_LOG (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("no_stripe_env")


# ------------------------------------------------------------------ 1. headers merge case-insensitively


@pytest.mark.parametrize("name", ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"])
async def test_caller_idempotency_key_header_wins_once(make: Any, name: str) -> None:
    fake = Recorder(ok())
    client = make(fake)
    await call(client, "POST", "/v1/customers", body={"email": "a@b.c"}, options={"headers": {name: "order-1"}})
    assert fake.requests[0].headers.get_list("idempotency-key") == ["order-1"]


async def test_idempotency_key_header_from_generated_code_is_kept(make: Any) -> None:
    fake = Recorder(ok())
    await call(make(fake), "POST", "/v1/customers", headers={"idempotency-key": "order-2"})
    assert fake.requests[0].headers.get_list("idempotency-key") == ["order-2"]


@pytest.mark.parametrize("name", ["Stripe-Account", "stripe-account"])
async def test_stripe_account_header_wins_over_client_default(make: Any, name: str) -> None:
    fake = Recorder(ok())
    client = make(fake, stripe_account="acct_default")
    await call(client, "GET", "/v1/customers/cus_1", options={"headers": {name: "acct_header"}})
    assert fake.requests[0].headers.get_list("stripe-account") == ["acct_header"]


async def test_conflicting_option_and_header_refused(make: Any) -> None:
    fake = Recorder(ok())
    client = make(fake)
    with pytest.raises(ValueError, match="stripe_account"):
        await call(client, "GET", "/x", options={"stripe_account": "acct_a", "headers": {"stripe-account": "acct_b"}})
    with pytest.raises(ValueError, match="idempotency_key"):
        await call(client, "POST", "/x", options={"idempotency_key": "k1", "headers": {"Idempotency-Key": "k2"}})
    assert fake.requests == []
    # The same value twice is not a conflict, and it is sent once.
    await call(client, "POST", "/x", options={"idempotency_key": "k1", "headers": {"idempotency-key": "k1"}})
    assert fake.requests[0].headers.get_list("idempotency-key") == ["k1"]


async def test_default_headers_merge_case_insensitively(make: Any) -> None:
    fake = Recorder(ok())
    client = make(fake, default_headers={"x-trace": "client"})
    await call(client, "GET", "/x", options={"headers": {"X-Trace": "call"}})
    assert fake.requests[0].headers.get_list("x-trace") == ["call"]


# ------------------------------------------------------------------ 2. a 2xx that does not fit the model


async def test_invalid_2xx_is_its_own_error_with_key_and_object(make: Any) -> None:
    body = {"id": "cus_9", "object": "customer", "email": 42}
    fake = Recorder(ok(body))
    client = make(fake)
    with pytest.raises(InvalidResponseError, match="does not match Customer") as info:
        await call(client, "POST", "/v1/customers", options={"idempotency_key": "order-7"})
    err = info.value
    assert isinstance(err, APIError)
    assert err.http_status == 200 and err.request_id == "req_ok"
    assert err.idempotency_key == "order-7"
    assert err.raw == body and err.json_body == body
    assert isinstance(err.object, Customer) and err.object.id == "cus_9"
    assert "may have been executed" in str(err) or "was executed" in str(err)
    assert len(fake.requests) == 1  # never retried


async def test_invalid_2xx_generated_key_is_reported(make: Any) -> None:
    fake = Recorder(ok({"object": "customer"}))
    with pytest.raises(InvalidResponseError) as info:
        await call(make(fake), "POST", "/v1/customers")
    assert info.value.idempotency_key == fake.requests[0].headers["idempotency-key"]
    assert isinstance(info.value.object, Customer)


async def test_invalid_2xx_of_a_union_offers_a_stripe_object(make: Any) -> None:
    fake = Recorder(ok({"object": "thing", "id": 5}))
    with pytest.raises(InvalidResponseError) as info:
        await call(make(fake), "GET", "/x", cast_to=Customer | None)  # type: ignore[arg-type]
    assert isinstance(info.value.object, StripeObject)
    assert info.value.object.model_dump()["id"] == 5


async def test_non_json_2xx_is_invalid_response_without_object(make: Any) -> None:
    fake = Recorder(httpx.Response(200, content=b"<html>oops</html>"))
    with pytest.raises(InvalidResponseError, match="not valid JSON") as info:
        await call(make(fake), "POST", "/v1/customers")
    assert info.value.object is None and info.value.raw is None
    assert info.value.idempotency_key


async def test_list_page_keeps_an_odd_item(make: Any) -> None:
    page = {"object": "list", "url": "/v1/customers", "has_more": False,
            "data": [{"id": "cus_1"}, {"id": 7, "object": "customer"}, {"id": "cus_3"}]}
    client = make(Recorder(ok(page)))
    cast = AsyncListObject[Customer] if isinstance(client, AsyncAPIClient) else ListObject[Customer]
    result = await call(client, "GET", "/v1/customers", cast_to=cast)
    assert [c.id for c in result.data] == ["cus_1", 7, "cus_3"]
    assert all(isinstance(c, Customer) for c in result.data)
    assert result.last_response is not None


async def test_connection_and_timeout_errors_carry_the_idempotency_key(make: Any) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    fake = Recorder(refuse)
    with pytest.raises(APIConnectionError) as info:
        await call(make(fake), "POST", "/v1/customers", options={"max_retries": 1})
    assert info.value.idempotency_key == fake.requests[0].headers["idempotency-key"]

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError) as tinfo:
        await call(make(Recorder(slow)), "POST", "/v1/customers", options={"idempotency_key": "k-9"})
    assert tinfo.value.idempotency_key == "k-9"


async def test_http_errors_carry_the_idempotency_key(make: Any) -> None:
    fake = Recorder(httpx.Response(500, json={"error": {"type": "api_error", "message": "x"}}))
    with pytest.raises(APIError) as info:
        await call(make(fake), "POST", "/v1/customers", options={"idempotency_key": "k-5", "max_retries": 0})
    assert info.value.idempotency_key == "k-5"


def test_invalid_response_error_is_exported_by_generated_packages() -> None:
    template = Path(__file__).resolve().parents[2] / "generator" / "targets" / "python" / "templates" / "errors.py.jinja"
    assert template.read_text().count("InvalidResponseError") == 2


# ------------------------------------------------------------------ 3. path values


@pytest.mark.parametrize("value", [".", "..", " .. "])
async def test_dot_path_values_refused(make: Any, value: str) -> None:
    fake = Recorder(ok())
    with pytest.raises(ValueError, match="customer"):
        await call(make(fake), "POST", "/v1/customers/{customer}", path_params={"customer": value.strip()})
    assert fake.requests == []


@pytest.mark.parametrize(
    ("value", "encoded"),
    [("a/b", "a%2Fb"), ("a?b", "a%3Fb"), ("a#b", "a%23b"), ("a%b", "a%25b"), ("a b", "a%20b"),
     ("é", "%C3%A9"), ("../x", "..%2Fx"), ("...", "...")],
)
async def test_path_values_percent_encoded(make: Any, value: str, encoded: str) -> None:
    fake = Recorder(ok())
    await call(make(fake), "GET", "/v1/customers/{customer}", path_params={"customer": value})
    assert fake.requests[0].url.raw_path == f"/v1/customers/{encoded}".encode()


# ------------------------------------------------------------------ 4. huge non-JSON error bodies


def test_huge_non_json_error_body_excerpt_is_cheap() -> None:
    text = "ab " * 17_000_000  # ~50 MB of short words
    tracemalloc.start()
    try:
        err = error_from_response(502, text, {})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"building the excerpt allocated {peak} bytes"
    assert "ab ab" in str(err) and len(str(err)) < 400


# ------------------------------------------------------------------ 7. option validation


@pytest.mark.parametrize(
    ("options", "exc", "name"),
    [
        ({"timeout": None}, TypeError, "timeout"),
        ({"timeout": -1}, ValueError, "timeout"),
        ({"timeout": math.nan}, ValueError, "timeout"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": math.inf}, ValueError, "timeout"),
        ({"timeout": "5"}, TypeError, "timeout"),
        ({"timeout": True}, TypeError, "timeout"),
        ({"max_retries": True}, TypeError, "max_retries"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": 1.0}, TypeError, "max_retries"),
        ({"total_timeout": 0}, ValueError, "total_timeout"),
        ({"total_timeout": "1"}, TypeError, "total_timeout"),
        ({"api_key": 5}, TypeError, "api_key"),
        ({"idempotency_key": 5}, TypeError, "idempotency_key"),
        ({"headers": ["a"]}, TypeError, "headers"),
    ],
)
async def test_bad_request_options_refused_before_sending(make: Any, options: dict[str, Any], exc: type, name: str) -> None:
    fake = Recorder(ok())
    with pytest.raises(exc, match=name):
        await call(make(fake), "GET", "/x", options=options)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("kwargs", "exc", "name"),
    [
        ({"timeout": math.inf}, ValueError, "timeout"),
        ({"timeout": None}, TypeError, "timeout"),
        ({"timeout": math.nan}, ValueError, "timeout"),
        ({"timeout": True}, TypeError, "timeout"),
        ({"max_retries": True}, ValueError, "max_retries"),
        ({"max_retries": -2}, ValueError, "max_retries"),
        ({"total_timeout": -1}, ValueError, "total_timeout"),
    ],
)
def test_bad_client_options_refused_at_construction(kwargs: dict[str, Any], exc: type, name: str) -> None:
    with pytest.raises(exc, match=name):
        SyncAPIClient(api_key=KEY, stripe_version=VERSION, **kwargs)
    with pytest.raises(exc, match=name):
        AsyncAPIClient(api_key=KEY, stripe_version=VERSION, **kwargs)


# ------------------------------------------------------------------ 8. credentials in base_url


async def test_base_url_password_never_shown(make: Any) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

    client = make(Recorder(refuse), base_url="http://proxyuser:hunter2pass@127.0.0.1:9")
    assert "hunter2pass" not in repr(client)
    with pytest.raises(APIConnectionError) as info:
        await call(client, "GET", "/v1/customers", options={"max_retries": 0})
    assert "hunter2pass" not in str(info.value) and "hunter2pass" not in repr(info.value)
    assert "127.0.0.1" in str(info.value)


# ------------------------------------------------------------------ 10. undecodable 2xx bodies


def encoded(status: int, body: bytes, **headers: str) -> Handler:
    """A reply whose body is sent as is (still content-encoded), as a server sends it."""
    return lambda request: httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


async def test_corrupt_gzip_on_2xx_is_not_a_connection_error(make: Any) -> None:
    body = gzip.compress(json.dumps(CUSTOMER).encode())[:-12] + b"garbage!garbage!"
    fake = Recorder(encoded(200, body, **{"Content-Encoding": "gzip", "Request-Id": "req_z"}))
    with pytest.raises(InvalidResponseError, match="could not be decoded") as info:
        await call(make(fake), "POST", "/v1/customers", options={"idempotency_key": "order-3"})
    err = info.value
    assert not isinstance(err, APIConnectionError)
    assert "may have been executed" in str(err)
    assert err.idempotency_key == "order-3" and err.http_status == 200 and err.request_id == "req_z"
    assert len(fake.requests) == 1  # not retried


async def test_corrupt_gzip_on_5xx_is_still_retried(make: Any) -> None:
    replies = [encoded(503, b"\x1f\x8bnot gzip", **{"Content-Encoding": "gzip"}), lambda request: ok()]
    fake = Recorder(lambda request: replies.pop(0)(request))
    customer = await call(make(fake), "GET", "/v1/customers/cus_123")
    assert customer.id == "cus_123" and len(fake.requests) == 2


# ------------------------------------------------------------------ 9. repeated cursors


def _looping_list(request: httpx.Request) -> httpx.Response:
    # A broken server: every page is the same page, with has_more true.
    return ok({"object": "list", "url": "/v1/customers", "has_more": True, "data": [{"id": "cus_1"}, {"id": "cus_2"}]})


def test_sync_auto_paging_stops_on_a_repeated_cursor() -> None:
    fake = Recorder(_looping_list)
    page = sync_client(fake).request_list("GET", "/v1/customers", cast_to=ListObject[Customer])
    seen: list[str] = []
    with pytest.raises(APIError, match="repeated"):
        for customer in page.auto_paging_iter():
            seen.append(customer.id)
            assert len(seen) < 100
    assert len(fake.requests) == 2


async def test_async_auto_paging_stops_on_a_repeated_cursor() -> None:
    fake = Recorder(_looping_list)
    pager = async_client(fake).request_list("GET", "/v1/customers", cast_to=AsyncListObject[Customer])
    seen: list[str] = []
    with pytest.raises(APIError, match="repeated"):
        async for customer in pager.auto_paging_iter():
            seen.append(customer.id)
            assert len(seen) < 100
    assert len(fake.requests) == 2


def test_search_paging_stops_on_a_repeated_page_token() -> None:
    def search(request: httpx.Request) -> httpx.Response:
        return ok({"object": "search_result", "url": "/v1/customers/search", "has_more": True,
                   "next_page": "tok_same", "data": [{"id": "cus_1"}]})

    fake = Recorder(search)
    page = sync_client(fake).request_list("GET", "/v1/customers/search", cast_to=SearchResult[Customer])
    with pytest.raises(APIError, match="repeated"):
        for _ in page.auto_paging_iter():
            assert len(fake.requests) < 50
    assert len(fake.requests) == 2
