"""No secret leaks end to end: with ``STRIPE_LOG=debug`` a full flow logs what happened (method, path,
status, request id, retries) but never the API key, a webhook secret or a card number — not in a log
line, not in ``repr(client)``, not in ``str``/``repr``/``args`` of any exception raised."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from stripe_client import WebhookSignature
from stripe_client.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InvalidRequestError,
    SignatureVerificationError,
    StripeError,
)

from generator.mock import MockServer
from generator.versions import pinned_versions

from .canned import CannedServer

LATEST = pinned_versions()[-1]
API_KEY = "sk_test_51HsecretKEY0123456789abcdefABCDEF"
WEBHOOK_SECRET = "whsec_S3cr3tW3bh00kS1gn1ngK3yXYZ"
CARD = "4242424242424242"
BAD_KEY = "xk_test_51HotherSECRET9876543210"  # not key-shaped: the fake answers 401 (masking it)
SECRETS = (API_KEY, API_KEY[8:], WEBHOOK_SECRET, WEBHOOK_SECRET[6:], CARD, "4242 4242 4242 4242", BAD_KEY, BAD_KEY[8:])


@pytest.fixture
def debug_log(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """STRIPE_LOG=debug as a user would set it; everything (httpx, httpcore too) captured at DEBUG."""
    logger = logging.getLogger("stripe_client")
    saved = logger.level
    logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("STRIPE_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # root: also catches whatever httpx/httpcore log
    yield caplog
    logger.setLevel(saved)


def assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret[:12]}... leaked in {where}: {text[:300]!r}"


def assert_exception_clean(exc: BaseException) -> None:
    assert_clean(str(exc), "str(exception)")
    assert_clean(repr(exc), "repr(exception)")
    for arg in exc.args:
        assert_clean(str(arg), "exception args")
        assert_clean(repr(arg), "exception args")
    if isinstance(exc, StripeError) and exc.message is not None:
        assert_clean(exc.message, "exception message")


def echo_routes() -> dict[tuple[str, str], Any]:
    """A server that (badly) echoes the secrets back in error bodies."""
    leak = f"key {API_KEY} card {CARD} secret {WEBHOOK_SECRET}"
    return {
        ("GET", "/v1/customers/cus_auth"): (
            401,
            {"error": {"type": "authentication_error", "message": f"Invalid API Key provided: {API_KEY}; {leak}"}},
            {"Request-Id": "req_echo401"},
        ),
        ("GET", "/v1/customers/cus_html"): (500, f"<html>boom {leak}</html>", {"Content-Type": "text/html"}),
        ("GET", "/v1/customers/cus_noerr"): (500, {"message": leak}),
        ("GET", "/v1/customers/cus_badjson"): (200, '{"id": "' + leak + '", "obj'),
        ("GET", "/v1/customers/cus_oauth"): (400, {"error": "invalid_grant", "error_description": leak}),
        ("GET", "/v1/customers/cus_shape"): (200, {"id": 5, "object": "customer", "email": leak}),
    }


def test_debug_flow_logs_what_happened_and_no_secret(pkg: ModuleType, mock: MockServer, debug_log: pytest.LogCaptureFixture) -> None:
    mock.reset()
    raised: list[BaseException] = []
    client = pkg.StripeClient(api_key=API_KEY, base_url=mock.url, connect_base_url=mock.url, max_retries=2)
    client._sleep = lambda seconds: None
    assert logging.getLogger("stripe_client").getEffectiveLevel() == logging.DEBUG  # STRIPE_LOG read at build
    assert_clean(repr(client), "repr(client)")
    assert "sk_test_***" in repr(client)

    created = client.customers.create(
        email="leak@example.com", description=f"card {CARD}", metadata={"hook": WEBHOOK_SECRET, "card": CARD}
    )
    client.customers.retrieve(created.id)
    with pytest.raises(InvalidRequestError) as missing:
        client.customers.retrieve("cus_missing")
    raised.append(missing.value)

    mock.faults.push("500")  # one retry, then success
    client.customers.update(created.id, name="Jenny")
    mock.faults.push("drop_before", times=3)  # retries exhausted on a dropped connection
    with pytest.raises(APIConnectionError) as dropped:
        client.customers.retrieve(created.id)
    raised.append(dropped.value)
    method = client.payment_methods.create(
        type="card", card={"number": CARD, "exp_month": 12, "exp_year": 2030, "cvc": "314"}
    )
    assert method.id.startswith("pm_")
    with pytest.raises(InvalidRequestError) as bad_card:  # the card number in a rejected request
        client.payment_methods.create(
            type="no_such_type", card={"number": CARD, "exp_month": 12, "exp_year": 2030}  # type: ignore[arg-type]
        )
    raised.append(bad_card.value)
    client.close()

    with CannedServer(echo_routes()) as echo:
        with pkg.StripeClient(api_key=API_KEY, base_url=echo.url, max_retries=0) as other:
            for cid, kind in [("cus_auth", AuthenticationError), ("cus_html", APIError), ("cus_noerr", APIError),
                              ("cus_badjson", APIError), ("cus_oauth", InvalidRequestError), ("cus_shape", APIError)]:
                with pytest.raises(kind) as info:
                    other.customers.retrieve(cid)
                raised.append(info.value)
            assert_clean(repr(other), "repr(client)")
    assert raised[3].request_id == "req_echo401" and raised[3].http_status == 401

    # webhook verification failures, with the secret at hand
    payload = json.dumps({"id": "evt_1", "object": "event"})
    header = f"t={int(time.time())},v1={WebhookSignature.compute_signature(payload, 'whsec_other', int(time.time()))}"
    for secret in (WEBHOOK_SECRET, f" {WEBHOOK_SECRET}"):
        with pytest.raises(SignatureVerificationError) as sig:
            WebhookSignature.verify_header(payload, header, secret)
        raised.append(sig.value)

    for exc in raised:
        assert_exception_clean(exc)

    lines = [record.getMessage() for record in debug_log.records]
    for line in lines:
        assert_clean(line, "a log line")
    ours = [r.getMessage() for r in debug_log.records if r.name.startswith("stripe_client")]
    text = "\n".join(ours)
    # the useful part is there: method, path, status, request id, retries, params (redacted)
    assert f"POST /v1/customers -> 200 (request_id={created.last_response.request_id}" in text  # type: ignore[union-attr]
    assert f"GET /v1/customers/{created.id} -> 200" in text
    assert "GET /v1/customers/cus_missing -> 404 (request_id=req_" in text
    assert f"POST /v1/customers/{created.id} -> 500" in text
    assert f"Retrying POST /v1/customers/{created.id} (retry 1 of 2, reason: HTTP 500)" in text
    assert f"Retrying GET /v1/customers/{created.id} (retry 2 of 2, reason: connection error" in text
    assert "Request POST /v1/payment_methods params=" in text and "('card[number]', '[REDACTED]')" in text
    assert "('card[cvc]', '[REDACTED]')" in text and "314" not in text.split("card[cvc]")[1][:20]
    assert "email', 'leak@example.com')" in text  # ordinary params are shown
    assert "GET /v1/customers/cus_auth -> 401 (request_id=req_echo401" in text


def test_async_client_logs_no_secret(pkg: ModuleType, mock: MockServer, debug_log: pytest.LogCaptureFixture) -> None:
    mock.reset()
    raised: list[BaseException] = []

    async def scenario() -> None:
        async with pkg.AsyncStripeClient(api_key=API_KEY, base_url=mock.url, max_retries=1) as client:
            async def no_sleep(seconds: float) -> None:
                return None

            client._sleep = no_sleep
            assert_clean(repr(client), "repr(async client)")
            mock.faults.push("503")
            await client.payment_methods.create(type="card", card={"number": CARD, "exp_month": 1, "exp_year": 2031})
            try:
                await client.customers.retrieve("cus_missing")
            except StripeError as exc:
                raised.append(exc)
        async with pkg.AsyncStripeClient(api_key=BAD_KEY, base_url=mock.url, max_retries=0) as bad:
            try:
                await bad.customers.list()
            except StripeError as exc:
                raised.append(exc)

    asyncio.run(scenario())
    assert [type(e) for e in raised] == [InvalidRequestError, AuthenticationError]
    for exc in raised:
        assert_exception_clean(exc)
    text = "\n".join(r.getMessage() for r in debug_log.records)
    assert_clean(text, "async log lines")
    assert "Retrying POST /v1/payment_methods (retry 1 of 1, reason: HTTP 503)" in text
