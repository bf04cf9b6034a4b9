"""A stripe-python integration ported to stripe_client, run against the fake Stripe in test mode:
a payment with a saved card, a decline, a 3-D Secure challenge, a refund, a subscription, and the
webhooks of it all forwarded (as `stripe listen --forward-to` does) to a small receiver that verifies
them. Sync and async; the file itself passes `mypy --strict`."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import stripe_client
from stripe_client import AsyncStripeClient, StripeClient, Webhook
from stripe_client.errors import CardError, SignatureVerificationError
from stripe_client.v2023_08_16.models import PaymentIntent

from generator.mock import MockServer
from generator.versions import version_document, version_fixtures

REPO = Path(__file__).resolve().parents[2]
SECRET = "whsec_migration_test_secret"
KEY = "sk_test_migration"


class Receiver(HTTPServer):
    """The integration's webhook endpoint: verifies each delivery, keeps the event types."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.types: queue.Queue[str] = queue.Queue()
        self.refused = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/webhooks"


class ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        payload = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            event = Webhook.construct_event(payload, self.headers.get("Stripe-Signature"), SECRET)
        except SignatureVerificationError:
            self.server.refused += 1
            self.send_response(400)
        else:
            self.server.types.put(str(event.type))
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def stripe(receiver: Receiver) -> Iterator[MockServer]:
    version = stripe_client.API_VERSION
    with MockServer(version_document(version), fixtures=version_fixtures(version),
                    forward_to=receiver.url, webhook_secret=SECRET) as server:
        yield server


def delivered(server: MockServer, receiver: Receiver) -> list[str]:
    """The event types the receiver verified, once every delivery was tried."""
    assert server.forwarder is not None
    server.forwarder.join()
    assert not server.forwarder.failures and receiver.refused == 0
    types = []
    while not receiver.types.empty():
        types.append(receiver.types.get_nowait())
    return types


# stripe-python:                                 stripe_client:
#   stripe.api_key = "sk_test_..."                 client = StripeClient(api_key="sk_test_...")
#   stripe.Customer.create(email=...)              client.customers.create(email=...)
#   stripe.PaymentIntent.create(...)               client.payment_intents.create(...)
#   except stripe.error.CardError as e             except CardError as e
#   stripe.Webhook.construct_event(...)            Webhook.construct_event(...)
def checkout(client: StripeClient) -> None:
    customer = client.customers.create(email="jenny@example.com", payment_method="pm_card_visa")
    saved = client.payment_methods.attach("pm_card_mastercard", customer=customer.id)
    intent = client.payment_intents.create(amount=2000, currency="usd", customer=customer.id,
                                           payment_method=saved.id, confirm=True)
    assert intent.status == "succeeded" and isinstance(intent.latest_charge, str)

    with pytest.raises(CardError) as declined:
        client.payment_intents.create(amount=2000, currency="usd", payment_method="pm_card_chargeDeclined",
                                      confirm=True)
    err = declined.value
    assert (err.http_status, err.code, err.decline_code) == (402, "card_declined", "generic_decline")
    assert err.error is not None and err.error.payment_intent is not None
    assert err.error.payment_intent["status"] == "requires_payment_method"  # stripe-python's way
    declined_intent = err.error.payment_intent  # the client's version's model, narrowed for the type checker
    assert isinstance(declined_intent, PaymentIntent) and declined_intent.status == "requires_payment_method"
    assert declined_intent.last_payment_error is not None and declined_intent.last_payment_error.code == "card_declined"

    challenged = client.payment_intents.create(amount=2000, currency="usd", confirm=True,
                                               payment_method="pm_card_threeDSecure2Required")
    assert challenged.status == "requires_action" and challenged.next_action is not None
    assert challenged.next_action.type == "use_stripe_sdk"

    refund = client.refunds.create(payment_intent=intent.id, amount=500)
    assert refund.charge == intent.latest_charge
    charge = client.charges.retrieve(intent.latest_charge)
    assert charge.amount_refunded == 500 and charge.refunded is False

    product = client.products.create(name="Gold plan")
    price = client.prices.create(product=product.id, unit_amount=2000, currency="usd", recurring={"interval": "month"})
    subscription = client.subscriptions.create(customer=customer.id, items=[{"price": price.id}])
    assert subscription.customer == customer.id


async def checkout_async(client: AsyncStripeClient) -> None:
    customer = await client.customers.create(email="jenny@example.com")
    with pytest.raises(CardError) as declined:
        await client.charges.create(amount=1000, currency="usd", source="tok_chargeDeclinedInsufficientFunds")
    assert declined.value.decline_code == "insufficient_funds"
    assert declined.value.error is not None and declined.value.error.payment_intent is None  # a charge, no intent
    with pytest.raises(CardError) as declined_intent:
        await client.payment_intents.create(amount=2000, currency="usd", payment_method="pm_card_chargeDeclined",
                                            confirm=True)
    error = declined_intent.value.error
    assert error is not None and isinstance(error.payment_intent, PaymentIntent)
    assert error.payment_intent.status == "requires_payment_method"
    intent = await client.payment_intents.create(amount=2000, currency="usd", customer=customer.id)
    confirmed = await client.payment_intents.confirm(intent.id, payment_method="pm_card_visa")
    assert confirmed.status == "succeeded"
    challenged = await client.payment_intents.confirm(
        (await client.payment_intents.create(amount=2000, currency="usd")).id,
        payment_method="pm_card_authenticationRequired", return_url="https://example.com/back",
    )
    assert challenged.next_action is not None and challenged.next_action.redirect_to_url is not None
    refund = await client.refunds.create(charge=str(confirmed.latest_charge))
    assert refund.amount == 2000
    product = await client.products.create(name="Gold plan")
    price = await client.prices.create(product=product.id, unit_amount=900, currency="usd",
                                       recurring={"interval": "month"})
    await client.subscriptions.create(customer=customer.id, items=[{"price": price.id}])


def test_sync_integration(stripe: MockServer, receiver: Receiver) -> None:
    with StripeClient(api_key=KEY, base_url=stripe.url, max_retries=0) as client:
        checkout(client)
        recorded = [e.type for e in client.events.list(limit=100).data]
    types = delivered(stripe, receiver)
    assert sorted(types) == sorted(recorded)
    for expected in ("customer.created", "payment_intent.succeeded", "charge.succeeded", "charge.failed",
                     "payment_intent.payment_failed", "charge.refunded", "product.created", "price.created",
                     "customer.subscription.created"):
        assert expected in types


async def test_async_integration(stripe: MockServer, receiver: Receiver) -> None:
    async with AsyncStripeClient(api_key=KEY, base_url=stripe.url, max_retries=0) as client:
        await checkout_async(client)
        failed = await client.events.list(type="charge.failed")
    assert [e.type for e in failed.data] == ["charge.failed", "charge.failed"]  # the declined charge, the declined intent's charge
    types = delivered(stripe, receiver)
    assert types[0] == "customer.created" and "charge.refunded" in types


def test_this_file_passes_mypy_strict(tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(REPO / "generated")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={tmp_path}", __file__],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
