"""Unit tests for _runtime.client: requests, headers, options, retries, parsing, logging.

httpx.MockTransport is the seam; sleeps and jitter are replaced on the client.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from _runtime.client import AsyncAPIClient, SyncAPIClient
from _runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    InvalidRequestError,
    RateLimitError,
    StripeError,
)
from _runtime.models import RawResponse, StripeObject

KEY = "sk_test_51HxYzSECRETsecretSECRET0123456789"
OTHER_KEY = "sk_test_OTHERkeyOTHERkey987654321"
VERSION = "2024-02-15"
CUSTOMER = {"id": "cus_123", "object": "customer", "email": "jenny@example.com"}

Handler = Callable[[httpx.Request], httpx.Response]


class Customer(StripeObject):
    id: str
    object: str = "customer"
    email: str | None = None


class DeletedCustomer(StripeObject):
    id: str
    deleted: bool


class FakeStripe:
    """A scripted transport: each request pops the next reply (a response, exception or callable)."""

    def __init__(self, *replies: Any) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, BaseException):
            raise reply
        if callable(reply):
            result: httpx.Response = reply(request)
            return result
        assert isinstance(reply, httpx.Response)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def ok(body: object = CUSTOMER, status: int = 200, **headers: str) -> httpx.Response:
    hdrs = {"Request-Id": "req_ok", "Content-Type": "application/json", **headers}
    return httpx.Response(status, json=body, headers=hdrs)


def fail(status: int, err_type: str = "api_error", message: str = "boom", **headers: str) -> httpx.Response:
    hdrs = {"Request-Id": f"req_{status}", **{k.replace("_", "-"): v for k, v in headers.items()}}
    return httpx.Response(status, json={"error": {"type": err_type, "message": message}}, headers=hdrs)


def make(fake: FakeStripe, **kwargs: Any) -> tuple[SyncAPIClient, list[float]]:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("stripe_version", VERSION)
    client = SyncAPIClient(http_client=httpx.Client(transport=httpx.MockTransport(fake)), **kwargs)
    sleeps: list[float] = []
    client._sleep = sleeps.append
    client._random = lambda: 1.0  # top of the jitter range: factor 1.0
    return client, sleeps


def make_async(fake: FakeStripe, **kwargs: Any) -> tuple[AsyncAPIClient, list[float]]:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("stripe_version", VERSION)
    client = AsyncAPIClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)), **kwargs)
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = fake_sleep
    client._random = lambda: 1.0
    return client, sleeps


# every test here runs without the caller's STRIPE_API_KEY and STRIPE_LOG (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("no_stripe_env")


def form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True)


# ------------------------------------------------------------------ requests and headers


def test_get_headers_query_and_parse() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    customer = client.request(
        "GET", "/v1/customers/{customer}", path_params={"customer": "cus_123"},
        query={"expand": ["default_source"], "skip": None}, cast_to=Customer,
    )
    assert isinstance(customer, Customer) and customer.email == "jenny@example.com"
    (req,) = fake.requests
    assert req.method == "GET"
    assert req.url.path == "/v1/customers/cus_123"
    assert req.url.host == "api.stripe.com"
    assert parse_qsl(req.url.query.decode()) == [("expand[0]", "default_source")]
    assert req.headers["Authorization"] == f"Bearer {KEY}"
    assert req.headers["Stripe-Version"] == VERSION
    assert req.headers["User-Agent"].startswith("stripe-client-python/")
    assert "Idempotency-Key" not in req.headers
    assert "Stripe-Account" not in req.headers
    assert "Content-Type" not in req.headers
    assert req.content == b""


def test_post_form_body_and_idempotency_key() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    client.request(
        "POST", "/v1/customers",
        body={"email": "jenny@example.com", "metadata": {"order_id": "6735"}, "name": None, "description": ""},
        cast_to=Customer,
    )
    (req,) = fake.requests
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form(req) == [("email", "jenny@example.com"), ("metadata[order_id]", "6735"), ("description", "")]
    assert req.url.query == b""
    uuid.UUID(req.headers["Idempotency-Key"])


def test_delete_params_in_query_no_idempotency_key() -> None:
    fake = FakeStripe(ok({"id": "cus_123", "deleted": True}))
    client, _ = make(fake)
    deleted = client.request("DELETE", "/v1/customers/{customer}", path_params={"customer": "cus_123"},
                             body={"x": "1"}, cast_to=DeletedCustomer)
    assert deleted.deleted is True
    (req,) = fake.requests
    assert req.url.query == b"x=1" and req.content == b""
    assert "Idempotency-Key" not in req.headers


def test_path_params_are_quoted() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    client.request("GET", "/v1/customers/{customer}", path_params={"customer": "a/b c"}, cast_to=Customer)
    assert fake.requests[0].url.raw_path == b"/v1/customers/a%2Fb%20c"


def test_empty_path_param_is_invalid_request_before_sending() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    with pytest.raises(InvalidRequestError, match="customer"):
        client.request("GET", "/v1/customers/{customer}", path_params={"customer": " "}, cast_to=Customer)
    assert fake.requests == []


def test_stripe_account_client_default_and_per_request() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake, stripe_account="acct_default")
    client.request("GET", "/v1/customers", cast_to=dict)
    client.request("GET", "/v1/customers", cast_to=dict, options={"stripe_account": "acct_other"})
    assert [r.headers["Stripe-Account"] for r in fake.requests] == ["acct_default", "acct_other"]


def test_per_request_options() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake, default_headers={"X-App": "shop"})
    client.request(
        "POST", "/v1/customers", body={}, headers={"X-Op": "1", "X-None": None}, cast_to=Customer,
        options={"api_key": OTHER_KEY, "stripe_version": "2023-10-16", "idempotency_key": "idem-1",
                 "timeout": 3.5, "headers": {"X-Extra": "yes"}},
    )
    req = fake.requests[0]
    assert req.headers["Authorization"] == f"Bearer {OTHER_KEY}"
    assert req.headers["Stripe-Version"] == "2023-10-16"
    assert req.headers["Idempotency-Key"] == "idem-1"
    assert req.headers["X-App"] == "shop" and req.headers["X-Op"] == "1" and req.headers["X-Extra"] == "yes"
    assert "X-None" not in req.headers
    assert req.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_default_timeout_is_sent() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    client.request("GET", "/v1/customers", cast_to=dict)
    assert fake.requests[0].extensions["timeout"]["read"] == 80.0


def test_caller_idempotency_key_on_get() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    client.request("GET", "/v1/customers", cast_to=dict, options={"idempotency_key": "k1"})
    assert fake.requests[0].headers["Idempotency-Key"] == "k1"


def test_stripe_version_header_rejected() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    with pytest.raises(ValueError, match="stripe_version"):
        client.request("GET", "/v1/x", cast_to=dict, options={"headers": {"stripe-version": "2020-01-01"}})
    with pytest.raises(ValueError, match="stripe_version"):
        make(fake, default_headers={"Stripe-Version": "2020-01-01"})


def test_unknown_option_rejected() -> None:
    client, _ = make(FakeStripe(ok()))
    with pytest.raises(ValueError, match="idempotencyKey"):
        client.request("GET", "/v1/x", cast_to=dict, options={"idempotencyKey": "x"})  # type: ignore[typeddict-unknown-key]


def test_json_body() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    client.request("POST", "/v2/things", body={"a": {"b": None, "c": [1, True]}, "d": None}, body_type="json",
                   cast_to=dict)
    req = fake.requests[0]
    assert req.headers["Content-Type"] == "application/json"
    assert json.loads(req.content) == {"a": {"c": [1, True]}}


def test_multipart_body_resent_on_retry() -> None:
    fake = FakeStripe(fail(500), ok({"id": "file_1", "object": "file"}))
    client, _ = make(fake)
    client.request("POST", "/v1/files", body={"purpose": "dispute_evidence", "file": ("a.txt", b"hello", "text/plain"),
                                              "file_link_data": {"create": True}},
                   body_type="multipart", server="files", cast_to=dict)
    assert len(fake.requests) == 2
    for req in fake.requests:
        assert req.headers["Content-Type"].startswith("multipart/form-data")
        assert b"hello" in req.content and b'name="file_link_data[create]"' in req.content
        assert req.url.host == "files.stripe.com"


def test_multipart_body_without_a_file_is_still_multipart() -> None:
    # Stripe's 2022 descriptions type `file` as a string: a body of fields alone must keep the
    # declared multipart/form-data (httpx would send fields alone as a urlencoded form)
    fake = FakeStripe(ok({"id": "file_1", "object": "file"}))
    client, _ = make(fake)
    client.request("POST", "/v1/files", body={"purpose": "dispute_evidence", "file": "file-contents"},
                   body_type="multipart", server="files", cast_to=dict)
    req = fake.requests[0]
    assert req.headers["Content-Type"].startswith("multipart/form-data")
    assert b'name="purpose"' in req.content and b"file-contents" in req.content


def test_servers_and_build_url() -> None:
    fake = FakeStripe(ok({"access_token": "x"}))
    client, _ = make(fake, connect_base_url="http://127.0.0.1:12111")
    client.request("POST", "/oauth/token", body={"grant_type": "authorization_code"}, server="connect", cast_to=dict)
    assert str(fake.requests[0].url) == "http://127.0.0.1:12111/oauth/token"
    url = SyncAPIClient(stripe_version=VERSION).build_url(
        "/oauth/authorize", query={"client_id": "ca_1", "scope": "read_write", "stripe_user": {"email": "a@b.c"}},
        server="connect",
    )
    assert url == ("https://connect.stripe.com/oauth/authorize?client_id=ca_1&scope=read_write"
                   "&stripe_user%5Bemail%5D=a%40b.c")
    assert SyncAPIClient(stripe_version=VERSION, base_url="http://x:1/").build_url("/v1/a") == "http://x:1/v1/a"
    with pytest.raises(ValueError, match="unknown server"):
        client.build_url("/x", server="nope")
    custom = SyncAPIClient(stripe_version=VERSION, servers={"meter": "https://meter.example"})
    assert custom.build_url("/v1/m", server="meter") == "https://meter.example/v1/m"


# ------------------------------------------------------------------ API key


def test_missing_api_key_raises_at_request_time() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake, api_key=None)  # construction works (URL building)
    assert client.build_url("/v1/customers")
    with pytest.raises(AuthenticationError) as info:
        client.request("GET", "/v1/customers", cast_to=dict)
    assert "No API key provided" in str(info.value) and "STRIPE_API_KEY" in str(info.value)
    assert fake.requests == []


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", OTHER_KEY)
    fake = FakeStripe(ok())
    client, _ = make(fake, api_key=None)
    client.request("GET", "/v1/customers", cast_to=dict)
    assert fake.requests[0].headers["Authorization"] == f"Bearer {OTHER_KEY}"


# ------------------------------------------------------------------ responses


def test_last_response() -> None:
    fake = FakeStripe(ok(**{"Request-Id": "req_abc", "X-Custom": "1"}))
    client, _ = make(fake)
    customer = client.request("GET", "/v1/customers/cus_123", cast_to=Customer)
    raw = customer.last_response
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.request_id == "req_abc"
    assert raw.headers["x-custom"] == "1"
    assert json.loads(raw.body) == CUSTOMER
    assert Customer.model_validate(CUSTOMER).last_response is None
    assert customer == Customer.model_validate(CUSTOMER)  # response metadata ignored by ==
    assert "last_response" not in customer.model_dump()


def test_unknown_fields_kept() -> None:
    client, _ = make(FakeStripe(ok({**CUSTOMER, "new_field": {"a": 1}})))
    customer = client.request("GET", "/v1/customers/cus_123", cast_to=Customer)
    assert customer.model_extra == {"new_field": {"a": 1}}


def test_cast_to_variants() -> None:
    fake = FakeStripe(ok())
    client, _ = make(fake)
    assert client.request("GET", "/x", cast_to=None) is None
    assert json.loads(client.request("GET", "/x", cast_to=bytes)) == CUSTOMER
    assert json.loads(client.request("GET", "/x", cast_to=str)) == CUSTOMER
    assert client.request("GET", "/x", cast_to=dict[str, Any]) == CUSTOMER
    union = client.request("GET", "/x", cast_to=DeletedCustomer | Customer)
    assert isinstance(union, Customer) and union.last_response is not None


def test_non_json_success_with_bytes() -> None:
    client, _ = make(FakeStripe(httpx.Response(200, content=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})))
    assert client.request("GET", "/v1/quotes/{quote}/pdf", path_params={"quote": "qt_1"}, cast_to=bytes) == b"%PDF-1.4"


def test_invalid_success_body_is_api_error() -> None:
    client, _ = make(FakeStripe(httpx.Response(200, content=b"<html>oops</html>", headers={"Request-Id": "req_h"})))
    with pytest.raises(APIError, match="not valid JSON") as info:
        client.request("GET", "/x", cast_to=Customer)
    assert info.value.request_id == "req_h"
    client, _ = make(FakeStripe(ok({"object": "customer"})))
    with pytest.raises(APIError, match="does not match Customer: id"):
        client.request("GET", "/x", cast_to=Customer)


def test_error_response_raises_mapped_error() -> None:
    client, _ = make(FakeStripe(fail(402, "card_error", "Your card was declined.")))
    with pytest.raises(CardError) as info:
        client.request("POST", "/v1/charges", body={}, cast_to=dict)
    assert str(info.value) == "Request req_402: Your card was declined."


# ------------------------------------------------------------------ retries


@pytest.mark.parametrize("status", [409, 429, 500, 502, 503, 504])
def test_retryable_statuses_retried_then_succeed(status: int) -> None:
    fake = FakeStripe(fail(status), fail(status), ok())
    client, sleeps = make(fake)
    assert client.request("GET", "/v1/customers/cus_123", cast_to=Customer).id == "cus_123"
    assert len(fake.requests) == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.parametrize(
    ("status", "err_type", "cls"),
    [(409, "idempotency_error", StripeError), (429, "rate_limit_error", RateLimitError),
     (500, "api_error", APIError), (503, "api_error", APIError)],
)
def test_retries_exhausted_raise(status: int, err_type: str, cls: type[StripeError]) -> None:
    fake = FakeStripe(fail(status, err_type))
    client, sleeps = make(fake)
    with pytest.raises(cls) as info:
        client.request("GET", "/v1/customers", cast_to=dict)
    assert info.value.http_status == status
    assert len(fake.requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404])
def test_client_errors_not_retried(status: int) -> None:
    fake = FakeStripe(fail(status, "invalid_request_error"))
    client, sleeps = make(fake)
    with pytest.raises(StripeError):
        client.request("GET", "/v1/customers", cast_to=dict)
    assert len(fake.requests) == 1 and sleeps == []


def test_stripe_should_retry_true_overrides_status() -> None:
    fake = FakeStripe(fail(400, "invalid_request_error", Stripe_Should_Retry="true"), ok())
    client, sleeps = make(fake)
    client.request("POST", "/v1/customers", body={}, cast_to=dict)
    assert len(fake.requests) == 2 and len(sleeps) == 1


def test_stripe_should_retry_false_overrides_status() -> None:
    fake = FakeStripe(fail(500, Stripe_Should_Retry="false"), ok())
    client, sleeps = make(fake)
    with pytest.raises(APIError):
        client.request("POST", "/v1/customers", body={}, cast_to=dict)
    assert len(fake.requests) == 1 and sleeps == []


def test_backoff_doubles_and_caps_with_jitter() -> None:
    fake = FakeStripe(fail(500))
    client, sleeps = make(fake, max_retries=6)
    client._random = lambda: 0.0  # bottom of the jitter range: factor 0.5
    with pytest.raises(APIError):
        client.request("GET", "/x", cast_to=dict)
    assert sleeps == [0.25, 0.5, 1.0, 2.0, 2.5, 2.5]
    fake2 = FakeStripe(fail(500))
    client2, sleeps2 = make(fake2, max_retries=6)
    with pytest.raises(APIError):
        client2.request("GET", "/x", cast_to=dict)
    assert sleeps2 == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]


def test_retry_after_seconds_and_cap() -> None:
    fake = FakeStripe(fail(429, "rate_limit_error", Retry_After="3"), fail(503, Retry_After="3600"), ok())
    client, sleeps = make(fake)
    client.request("GET", "/x", cast_to=dict)
    assert sleeps == [3.0, 60.0]


def test_retry_after_http_date() -> None:
    future = email.utils.formatdate(time.time() + 7200, usegmt=True)
    past = email.utils.formatdate(time.time() - 7200, usegmt=True)
    fake = FakeStripe(fail(429, Retry_After=future), fail(429, Retry_After=past), ok())
    client, sleeps = make(fake)
    client.request("GET", "/x", cast_to=dict)
    assert sleeps == [60.0, 1.0]


def test_retry_after_smaller_than_backoff_keeps_backoff() -> None:
    fake = FakeStripe(fail(429, Retry_After="0"), ok())
    client, sleeps = make(fake)
    client.request("GET", "/x", cast_to=dict)
    assert sleeps == [0.5]


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.RemoteProtocolError("eof")]
)
def test_connection_errors_retried_then_succeed(exc: Exception) -> None:
    fake = FakeStripe(exc, ok())
    client, sleeps = make(fake)
    client.request("GET", "/x", cast_to=dict)
    assert len(fake.requests) == 2 and sleeps == [0.5]


def test_connection_error_exhausted() -> None:
    fake = FakeStripe(httpx.ConnectError("[Errno 111] Connection refused"))
    client, sleeps = make(fake)
    with pytest.raises(APIConnectionError) as info:
        client.request("POST", "/v1/customers", body={"email": "a@b.c"}, cast_to=dict)
    assert type(info.value) is APIConnectionError
    message = str(info.value)
    assert "Could not connect to Stripe" in message and "POST https://api.stripe.com/v1/customers" in message
    assert "3 attempts" in message and "Connection refused" in message
    assert len(fake.requests) == 3 and sleeps == [0.5, 1.0]
    assert isinstance(info.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("x")])
def test_timeouts_retried_then_timeout_error(exc: Exception) -> None:
    fake = FakeStripe(exc)
    client, sleeps = make(fake, timeout=7)
    with pytest.raises(APITimeoutError, match=r"timed out .*timeout 7 s") as info:
        client.request("GET", "/v1/customers", cast_to=dict)
    assert info.value.should_retry is True
    assert len(fake.requests) == 3 and len(sleeps) == 2


def test_unsupported_protocol_not_retried() -> None:
    fake = FakeStripe(httpx.UnsupportedProtocol("ftp"))
    client, sleeps = make(fake)
    with pytest.raises(APIConnectionError):
        client.request("GET", "/x", cast_to=dict)
    assert len(fake.requests) == 1 and sleeps == []


def test_idempotency_key_identical_across_retries() -> None:
    fake = FakeStripe(httpx.ConnectError("x"), fail(500), fail(409), ok())
    client, _ = make(fake, max_retries=3)
    client.request("POST", "/v1/customers", body={"email": "a@b.c"}, cast_to=dict)
    keys = {r.headers["Idempotency-Key"] for r in fake.requests}
    assert len(fake.requests) == 4 and len(keys) == 1
    bodies = {r.content for r in fake.requests}
    assert len(bodies) == 1
    client.request("POST", "/v1/customers", body={"email": "a@b.c"}, cast_to=dict)
    assert fake.requests[-1].headers["Idempotency-Key"] not in keys  # new logical request, new key


def test_get_retries_carry_no_idempotency_key() -> None:
    fake = FakeStripe(fail(500), ok())
    client, _ = make(fake)
    client.request("GET", "/x", cast_to=dict)
    assert all("Idempotency-Key" not in r.headers for r in fake.requests)


def test_per_request_max_retries() -> None:
    fake = FakeStripe(fail(500))
    client, sleeps = make(fake)
    with pytest.raises(APIError):
        client.request("GET", "/x", cast_to=dict, options={"max_retries": 0})
    assert len(fake.requests) == 1
    fake2 = FakeStripe(fail(500))
    client2, _ = make(fake2, max_retries=0)
    with pytest.raises(APIError):
        client2.request("GET", "/x", cast_to=dict, options={"max_retries": 4})
    assert len(fake2.requests) == 5


def test_default_jitter_range() -> None:
    client, _ = make(FakeStripe(ok()))
    client._random = __import__("random").random
    for n in range(5):
        delay = client._retry_delay(n, None)
        base = min(0.5 * 2**n, 5.0)
        assert base * 0.5 <= delay <= base


# ------------------------------------------------------------------ async


async def test_async_request_and_retries_match_sync() -> None:
    fake = FakeStripe(httpx.ConnectError("x"), fail(503), ok())
    client, sleeps = make_async(fake)
    async with client:
        customer = await client.request("POST", "/v1/customers", body={"email": "a@b.c"}, cast_to=Customer)
    assert customer.id == "cus_123" and customer.last_response is not None
    assert sleeps == [0.5, 1.0]
    assert len({r.headers["Idempotency-Key"] for r in fake.requests}) == 1


async def test_async_errors_and_timeouts() -> None:
    client, sleeps = make_async(FakeStripe(httpx.ReadTimeout("slow")))
    with pytest.raises(APITimeoutError):
        await client.request("GET", "/x", cast_to=dict, options={"max_retries": 1})
    assert sleeps == [0.5]
    client2, _ = make_async(FakeStripe(fail(402, "card_error", "declined")))
    with pytest.raises(CardError, match="declined"):
        await client2.request("GET", "/x", cast_to=dict)
    client3, _ = make_async(FakeStripe(ok()), api_key=None)
    with pytest.raises(AuthenticationError, match="No API key"):
        await client3.request("GET", "/x", cast_to=dict)


async def test_async_close_only_owned_client() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(FakeStripe(ok())))
    async with AsyncAPIClient(api_key=KEY, stripe_version=VERSION, http_client=http):
        pass
    assert not http.is_closed
    owned = AsyncAPIClient(api_key=KEY, stripe_version=VERSION)
    await owned.aclose()
    assert owned._http.is_closed
    await http.aclose()


def test_sync_close_only_owned_client() -> None:
    http = httpx.Client(transport=httpx.MockTransport(FakeStripe(ok())))
    with SyncAPIClient(api_key=KEY, stripe_version=VERSION, http_client=http) as client:
        client.request("GET", "/x", cast_to=dict)
    assert not http.is_closed
    with SyncAPIClient(api_key=KEY, stripe_version=VERSION) as owned:
        pass
    assert owned._http.is_closed


# ------------------------------------------------------------------ logging and redaction


def test_info_logging_of_requests_and_retries(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("STRIPE_LOG", "info")
    fake = FakeStripe(fail(500), ok(**{"Request-Id": "req_ok"}))
    caplog.set_level(logging.INFO, logger="stripe_client")
    client, _ = make(fake)
    client.request("GET", "/v1/customers/{customer}", path_params={"customer": "cus_123"}, cast_to=dict)
    lines = [r.getMessage() for r in caplog.records if r.name == "stripe_client"]
    assert any("GET /v1/customers/cus_123 -> 500 (request_id=req_500" in line for line in lines)
    assert any("GET /v1/customers/cus_123 -> 200 (request_id=req_ok" in line and " ms)" in line for line in lines)
    assert any("Retrying GET /v1/customers/cus_123 (retry 1 of 2, reason: HTTP 500) in 0.50 s" in line for line in lines)


def test_stripe_log_sets_logger_level(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("stripe_client")
    monkeypatch.setenv("STRIPE_LOG", "debug")
    make(FakeStripe(ok()))
    assert logger.isEnabledFor(logging.DEBUG)


def test_secrets_never_logged_or_shown(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("STRIPE_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="stripe_client")
    whsec = "whsec_abcdefghijklmnop1234"
    fake = FakeStripe(
        httpx.ConnectError(f"failed with Bearer {KEY}"),
        fail(402, "card_error", f"Card 4242424242424242 declined for {KEY}"),
    )
    client, _ = make(fake)
    with pytest.raises(CardError) as info:
        client.request(
            "POST", "/v1/payment_methods",
            body={"type": "card", "card": {"number": "4242424242424242", "cvc": "314", "exp_month": 12},
                  "metadata": {"secret": whsec, "note": "key " + KEY}},
            cast_to=dict,
        )
    err = info.value
    shown = [r.getMessage() for r in caplog.records] + [str(err), repr(err), str(err.args), repr(client)]
    assert any("card[number]" in s for s in shown)  # debug params were logged...
    for text in shown:  # ...but without any secret
        assert KEY not in text
        assert "4242424242424242" not in text
        assert whsec not in text
        assert "'314'" not in text
    assert any("('card[cvc]', '[REDACTED]')" in s for s in shown)
    assert "sk_test_***" in repr(client)


def test_connection_error_message_redacted() -> None:
    client, _ = make(FakeStripe(httpx.ConnectError(f"proxy said Authorization: Bearer {KEY}")), max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.request("GET", "/x", cast_to=dict)
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_repr_of_clients_hides_key() -> None:
    for client in (SyncAPIClient(api_key=KEY, stripe_version=VERSION), AsyncAPIClient(api_key=KEY, stripe_version=VERSION)):
        text = repr(client)
        assert KEY not in text and "sk_test_***" in text and VERSION in text
    assert "api_key=None" in repr(SyncAPIClient(stripe_version=VERSION))


def test_constructor_validation() -> None:
    with pytest.raises(ValueError):
        SyncAPIClient(stripe_version="")
    with pytest.raises(ValueError):
        SyncAPIClient(stripe_version=VERSION, max_retries=-1)
