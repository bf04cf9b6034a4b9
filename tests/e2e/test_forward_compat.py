"""Forward compatibility end to end: responses from a newer API parse without error and keep every value.

A tiny stdlib server on 127.0.0.1 answers canned JSON (fields, enum values and object types this
client has never heard of); the calls go through the generated client, sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from stripe_client._runtime.models import StripeObject

from generator.generate import version_module
from generator.versions import pinned_versions, version_fixtures

from .canned import CannedServer
from .conftest import API_KEY

LATEST = pinned_versions()[-1]
# Stripe's published sample objects of the version: every field the models require is there; the
# canned answers below add what a newer API would send
FIXTURES = version_fixtures(LATEST)

FUTURE_CUSTOMER = {
    "id": "fut_1",
    "object": "future_thing",
    "created": 1700000000,  # looks a bit like a customer, but the object type says otherwise
    "livemode": False,
    "glow": {"level": 3, "tags": ["a", "b"]},
}

PAYMENT_INTENT = {
    **FIXTURES["payment_intent"],
    "id": "pi_123",
    "object": "payment_intent",
    "amount": 2000,
    "capture_method": "automatic_future",
    "created": 1700000000,
    "currency": "usd",
    "livemode": False,
    "payment_method_types": ["card", "future_wallet"],
    "status": "some_future_status",
    "customer": FUTURE_CUSTOMER,
    "brand_new_field": {"nested": [1, 2, {"deep": True}]},
    "another_new_scalar": 42,
    "cancellation_reason": "quantum_decoherence",
}

CARD = {
    **FIXTURES["card"],
    "id": "card_1", "object": "card", "brand": "Visa", "exp_month": 12, "exp_year": 2030,
    "funding": "credit", "last4": "4242", "future_card_field": "x",
}
BANK = {**FIXTURES["bank_account"], "id": "ba_1", "object": "bank_account", "country": "US", "currency": "usd", "status": "new", "last4": "6789"}
FUTURE_SOURCE = {"id": "fs_1", "object": "future_source", "brand": "Visa", "exp_month": 1, "exp_year": 2031,
                 "funding": "credit", "wormhole": "open"}


def customer(cid: str, **extra: Any) -> dict[str, Any]:
    return {**FIXTURES["customer"], "id": cid, "object": "customer", "email": f"{cid}@example.com", **extra}


CUSTOMERS = {
    "object": "list",
    "url": "/v1/customers",
    "has_more": False,
    "future_list_field": "kept",
    "data": [
        customer("cus_1", sources={"object": "list", "url": "/v1/customers/cus_1/sources", "has_more": False,
                                   "data": [CARD, BANK, FUTURE_SOURCE]}),
        customer("cus_2", tax_exempt="future_exemption", loyalty={"tier": "gold"}),
    ],
}

EVENTS = {
    "object": "list",
    "url": "/v1/events",
    "has_more": False,
    "data": [
        {"id": "evt_1", "object": "event", "api_version": "2099-01-01", "created": 1, "livemode": False,
         "pending_webhooks": 0, "type": "future_thing.materialized", "data": {"object": FUTURE_CUSTOMER},
         "context": "acct_future"},
        {"id": "evt_2", "object": "event", "created": 2, "livemode": False, "pending_webhooks": 1,
         "type": "customer.created", "data": {"object": customer("cus_1")}, "request": {"id": None, "idempotency_key": None}},
    ],
}


@pytest.fixture(scope="module")
def pkg() -> ModuleType:
    return importlib.import_module(f"stripe_client.{version_module(LATEST)}")


@pytest.fixture(scope="module")
def canned() -> Iterator[CannedServer]:
    routes = {
        ("GET", "/v1/payment_intents/pi_123"): (200, PAYMENT_INTENT),
        ("GET", "/v1/customers"): (200, CUSTOMERS),
        ("GET", "/v1/events"): (200, EVENTS),
    }
    with CannedServer(routes) as server:
        yield server


def check_payment_intent(pi: Any) -> None:
    assert type(pi).__name__ == "PaymentIntent"
    assert pi.id == "pi_123" and pi.amount == 2000
    assert pi.status == "some_future_status"  # unknown enum value kept as the string
    assert pi.capture_method == "automatic_future"
    assert pi.cancellation_reason == "quantum_decoherence"
    assert pi.payment_method_types == ["card", "future_wallet"]
    assert pi.model_extra == {"brand_new_field": {"nested": [1, 2, {"deep": True}]}, "another_new_scalar": 42}
    assert pi.brand_new_field == {"nested": [1, 2, {"deep": True}]}  # extras are attributes too
    # an expandable field holding an object of an unknown type: a plain StripeObject keeping everything
    cust = pi.customer
    assert type(cust) is StripeObject
    assert cust.model_extra == FUTURE_CUSTOMER
    assert cust.id == "fut_1" and cust.object == "future_thing" and cust.glow == {"level": 3, "tags": ["a", "b"]}
    assert pi.last_response is not None and pi.last_response.status_code == 200
    # nothing lost: the model dumps back to the JSON it came from
    assert pi.model_dump(exclude_unset=True) == PAYMENT_INTENT


def check_customers(page: Any) -> None:
    assert [c.id for c in page.data] == ["cus_1", "cus_2"]
    assert all(type(c).__name__ == "Customer" for c in page.data)
    assert page.model_extra == {"future_list_field": "kept"}
    sources = page.data[0].sources.data
    assert [type(s).__name__ for s in sources] == ["Card", "BankAccount", "StripeObject"]
    assert sources[0].last4 == "4242" and sources[0].model_extra == {"future_card_field": "x"}
    assert sources[1].status == "new"
    assert type(sources[2]) is StripeObject and sources[2].model_extra == FUTURE_SOURCE
    second = page.data[1]
    assert second.tax_exempt == "future_exemption"
    assert second.model_extra == {"loyalty": {"tier": "gold"}}
    assert page.model_dump(exclude_unset=True) == CUSTOMERS


def check_events(page: Any) -> None:
    first, second = page.data  # the typed event union: an unknown type is an UnknownEvent keeping everything
    assert type(first).__name__ == "UnknownEvent" and first.type == "future_thing.materialized"
    assert first.api_version == "2099-01-01" and first.data["object"] == FUTURE_CUSTOMER
    assert first.context == "acct_future"
    assert type(second).__name__ == "CustomerCreatedEvent" and second.data.object.id == "cus_1"
    assert page.model_dump(exclude_unset=True) == EVENTS


def test_sync_client_keeps_unknown_values(pkg: ModuleType, canned: CannedServer) -> None:
    with pkg.StripeClient(api_key=API_KEY, base_url=canned.url, max_retries=0) as client:
        check_payment_intent(client.payment_intents.retrieve("pi_123"))
        check_customers(client.customers.list())
        check_events(client.events.list())
        # auto-paging walks the mixed page without error too
        assert [c.id for c in client.customers.list().auto_paging_iter()] == ["cus_1", "cus_2"]


def test_async_client_keeps_unknown_values(pkg: ModuleType, canned: CannedServer) -> None:
    async def scenario() -> None:
        async with pkg.AsyncStripeClient(api_key=API_KEY, base_url=canned.url, max_retries=0) as client:
            check_payment_intent(await client.payment_intents.retrieve("pi_123"))
            check_customers(await client.customers.list())
            check_events(await client.events.list())

    asyncio.run(scenario())
