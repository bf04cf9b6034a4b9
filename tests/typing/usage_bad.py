"""Misuses mypy must reject: every line with an "E:" comment must produce an error on that line."""

from __future__ import annotations

from stripe_client import StripeClient

client = StripeClient(api_key="sk_test_123")
client.customers.create(emial="jenny@example.com")  # E: misspelled parameter
client.customers.create(balance="100")  # E: wrong type
client.payment_intents.create(amount=2000)  # E: missing required currency
client.payment_intents.create(amount=2000, currency="usd", capture_method="later")  # E: not an enum value
client.payment_intents.confirm("pi_123", payment_method=42)  # E: a payment method is an id
client.prices.create(currency="usd", unit_amount="2000")  # E: an amount is an integer
client.checkout.sessions.create(mode="setup_later", success_url="https://example.com")  # E: not an enum value
client.customers.update("cus_123", address={"line1": 1})  # E: wrong nested type
client.customers.create(request_options={"idempotency": "x"})  # E: unknown request option
customer = client.customers.retrieve("cus_123")
customer.emial  # E: no such attribute
