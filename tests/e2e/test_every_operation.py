"""The seed's flows on every pinned version, through the sync and the async client, against the fake Stripe.

Every single operation of every version is called in test_stripe_conformance.py."""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from stripe_client.errors import InvalidRequestError

from .conftest import API_KEY


async def run(value: Any) -> Any:
    """Await what the async client returns; pass through what the sync client returns."""
    return await value if inspect.isawaitable(value) else value


def make_client(package: ModuleType, server: MockServer, is_async: bool) -> Any:
    cls = package.AsyncStripeClient if is_async else package.StripeClient
    return cls(api_key=API_KEY, base_url=server.url, connect_base_url=server.url, max_retries=0)


async def scenario(client: Any, version: str, server: MockServer) -> None:
    """The seed's flows: account, customers, payments, charges, refunds, subscriptions, events, OAuth."""
    account = await run(client.account.retrieve())
    assert account.object == "account"

    customer = await run(client.customers.create(email="jenny@example.com", metadata={"order_id": "6735"}))
    assert customer.id.startswith("cus_") and customer.email == "jenny@example.com"
    assert customer.metadata == {"order_id": "6735"}
    assert customer.last_response is not None and customer.last_response.request_id
    assert (await run(client.customers.retrieve(customer.id))).id == customer.id
    updated = await run(client.customers.update(customer.id, name="Jenny", metadata={"order_id": ""}))
    assert updated.name == "Jenny"
    page = await run(client.customers.list(limit=10))
    assert customer.id in [c.id for c in page.data]
    found = await run(client.customers.search(query="email:'jenny@example.com'"))
    assert [c.id for c in found.data] == [customer.id]

    method = await run(
        client.payment_methods.create(type="card", card={"number": "4242424242424242", "exp_month": 12, "exp_year": 2030})
    )
    assert method.id.startswith("pm_")
    attached = await run(client.payment_methods.attach(method.id, customer=customer.id))
    assert attached.customer == customer.id
    assert (await run(client.payment_methods.retrieve(method.id))).id == method.id
    await run(client.payment_methods.update(method.id, metadata={"k": "v"}))
    assert method.id in [m.id for m in (await run(client.payment_methods.list(customer=customer.id, type="card"))).data]
    assert method.id in [m.id for m in (await run(client.customers.payment_methods.list(customer.id, type="card"))).data]
    detached = await run(client.payment_methods.detach(method.id))
    assert detached.customer is None

    intent = await run(
        client.payment_intents.create(amount=2000, currency="usd", customer=customer.id, capture_method="manual")
    )
    assert intent.amount == 2000 and intent.currency == "usd"
    assert (await run(client.payment_intents.retrieve(intent.id))).id == intent.id
    await run(client.payment_intents.update(intent.id, description="order 6735"))
    confirmed = await run(client.payment_intents.confirm(intent.id, payment_method="pm_card_visa"))
    assert confirmed.status in ("requires_capture", "succeeded")
    captured = await run(client.payment_intents.capture(intent.id))
    assert captured.status == "succeeded"
    assert intent.id in [p.id for p in (await run(client.payment_intents.list(customer=customer.id))).data]
    await run(client.payment_intents.search(query="status:'succeeded'"))
    other = await run(client.payment_intents.create(amount=500, currency="usd"))
    canceled = await run(client.payment_intents.cancel(other.id, cancellation_reason="requested_by_customer"))
    assert canceled.status == "canceled"

    charge = await run(client.charges.create(amount=1000, currency="usd", source="tok_visa", capture=False))
    assert charge.id.startswith("ch_")
    assert (await run(client.charges.retrieve(charge.id))).id == charge.id
    await run(client.charges.update(charge.id, description="updated"))
    assert (await run(client.charges.capture(charge.id))).captured is True
    await run(client.charges.list(limit=3))
    await run(client.charges.search(query="amount>500"))

    refund = await run(client.refunds.create(charge=charge.id))
    assert refund.id.startswith("re_")
    assert (await run(client.refunds.retrieve(refund.id))).id == refund.id
    await run(client.refunds.update(refund.id, metadata={"reason": "test"}))
    assert refund.id in [r.id for r in (await run(client.refunds.list())).data]
    await run(client.refunds.cancel(refund.id))

    product = await run(client.products.create(name="Gold plan"))
    price = await run(
        client.prices.create(product=product.id, unit_amount=2000, currency="usd", recurring={"interval": "month"})
    )
    subscription = await run(client.subscriptions.create(customer=customer.id, items=[{"price": price.id, "quantity": 2}]))
    assert subscription.id.startswith("sub_")
    assert (await run(client.subscriptions.retrieve(subscription.id))).id == subscription.id
    await run(client.subscriptions.update(subscription.id, metadata={"plan": "pro"}))
    await run(client.subscriptions.list(customer=customer.id))
    await run(client.subscriptions.search(query="status:'active'"))
    assert (await run(client.subscriptions.cancel(subscription.id))).status == "canceled"
    session = await run(
        client.checkout.sessions.create(
            mode="subscription",
            line_items=[{"price": price.id, "quantity": 1}],
            success_url="https://example.com/ok",
            cancel_url="https://example.com/cart",
        )
    )
    assert session.id.startswith("cs_")
    portal = await run(client.billing_portal.sessions.create(customer=customer.id))
    assert portal.object == "billing_portal.session"

    await run(client.events.list(limit=3))
    with pytest.raises(InvalidRequestError) as missing:
        await run(client.events.retrieve("evt_missing"))
    assert missing.value.http_status == 404 and missing.value.request_id

    url = client.oauth.authorize_url(client_id="ca_123", scope="read_write", redirect_uri="https://example.com/cb")
    assert url.startswith(server.url + "/oauth/authorize?") and "response_type=code" in url
    redirect = httpx.get(url, follow_redirects=False)
    assert redirect.status_code == 302 and "code=" in redirect.headers["location"]
    token = await run(client.oauth.token(grant_type="authorization_code", code="ac_123"))
    assert token.stripe_user_id
    await run(client.oauth.deauthorize(client_id="ca_123", stripe_user_id=token.stripe_user_id))

    deleted = await run(client.customers.delete(customer.id))
    assert deleted.deleted is True


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_every_operation(package: ModuleType, fresh_server: MockServer, version: str, is_async: bool) -> None:
    client = make_client(package, fresh_server, is_async)
    try:
        await scenario(client, version, fresh_server)
    finally:
        await run(client.aclose() if is_async else client.close())


def test_each_version_sends_its_own_stripe_version(package: ModuleType, fresh_server: MockServer, version: str) -> None:
    with make_client(package, fresh_server, False) as client:
        client.account.retrieve()
    assert fresh_server.requests[-1].headers["Stripe-Version"] == version
    assert package.API_VERSION == version
