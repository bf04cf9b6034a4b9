"""A typed usage example: must pass `mypy --strict` as it is."""

from __future__ import annotations

import asyncio

from stripe_client import AsyncStripeClient, StripeClient, Webhook
from stripe_client.errors import CardError, InvalidRequestError, StripeError
from stripe_client.v2022_08_01 import StripeClient as StripeClient20220801
from stripe_client.v2023_08_16.models import (
    CheckoutSession,
    Customer,
    CustomerCreatedEvent,
    PaymentIntent,
    PaymentIntentSucceededEvent,
    Price,
    Product,
    Subscription,
)


def sync_usage() -> None:
    client = StripeClient(api_key="sk_test_123", max_retries=2)
    customer: Customer = client.customers.create(email="jenny@example.com", metadata={"order_id": "6735"})
    client.customers.update(customer.id, name="Jenny", address={"line1": "1 Main St", "city": "Paris"})
    for item in client.customers.list(limit=100).auto_paging_iter():
        print(item.id, item.email)
    intent: PaymentIntent = client.payment_intents.create(
        amount=2000, currency="usd", customer=customer.id, capture_method="manual",
        request_options={"idempotency_key": "order-6735", "stripe_account": "acct_123", "max_retries": 5},
    )
    client.payment_intents.confirm(intent.id, payment_method="pm_card_visa")
    status: str = intent.status
    url: str = client.oauth.authorize_url(client_id="ca_123", scope="read_write", redirect_uri="https://example.com")
    try:
        client.charges.create(amount=1000, currency="usd", source="tok_visa")
    except CardError as err:
        print(err.code, err.decline_code, err.request_id, err.http_status)
    except InvalidRequestError as err:
        print(err.param)
    except StripeError:
        raise
    print(status, url)
    old = StripeClient20220801(api_key="sk_test_123")
    charges = old.payment_intents.retrieve(intent.id).charges  # removed in 2022-11-15 for latest_charge
    print(charges.data[0].id if charges else None)
    client.payment_intents.confirm(intent.id)  # the payment method may have been set at creation
    product: Product = client.products.create(name="Gold plan")
    price: Price = client.prices.create(
        product=product.id, unit_amount=2000, currency="usd", recurring={"interval": "month"}
    )
    subscription: Subscription = client.subscriptions.create(customer=customer.id, items=[{"price": price.id}])
    session: CheckoutSession = client.checkout.sessions.create(
        mode="subscription", line_items=[{"price": price.id, "quantity": 1}], success_url="https://example.com/ok"
    )
    print(subscription.status, session.url, customer["email"], customer.to_dict())
    found = client.events.retrieve("evt_123")  # the typed union, as webhooks give it
    if isinstance(found, CustomerCreatedEvent):
        print(found.data.object.email)
    for listed in client.events.list(limit=3).auto_paging_iter():
        print(listed.type)
    event = Webhook.construct_event(b"{}", "t=1,v1=abc", "whsec_123")
    if isinstance(event, PaymentIntentSucceededEvent):
        print(event.data.object.amount)


async def async_usage() -> None:
    async with AsyncStripeClient(api_key="sk_test_123") as client:
        customer = await client.customers.create(email="jenny@example.com")
        page = await client.customers.list(limit=10)
        print(customer.id, len(page.data))
        async for item in client.customers.list(limit=100).auto_paging_iter():
            print(item.id)


asyncio.run(async_usage())
