"""Diff on Stripe's real specs: changes checked by hand against the documents are reported, at the
right level.

2022-08-01 -> 2022-11-15 is Stripe's 2022-11-15 breaking version change almost alone;
2022-11-15 -> 2023-08-16 mixes nine months of additions with a version change. Each expectation
below was looked up in the YAML documents (the comment says where).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.builder import build_api
from generator.diff import Change, diff, diff_json, diff_markdown
from generator.load import load_document

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "stripe-openapi"
VERSIONS = ("2022-08-01", "2022-11-15", "2023-08-16")

pytestmark = pytest.mark.skipif(
    not all((SPECS / f"{v}.yaml").is_file() for v in VERSIONS),
    reason=f"{SPECS} is absent: these tests need the shared Stripe specs (present in CI)",
)


@pytest.fixture(scope="module")
def apis() -> dict[str, ir.Api]:
    return {v: build_api(load_document(SPECS / f"{v}.yaml")) for v in VERSIONS}


@pytest.fixture(scope="module")
def v2022_11_15(apis: dict[str, ir.Api]) -> list[Change]:
    return diff(apis["2022-08-01"], apis["2022-11-15"])


@pytest.fixture(scope="module")
def v2023_08_16(apis: dict[str, ir.Api]) -> list[Change]:
    return diff(apis["2022-11-15"], apis["2023-08-16"])


def find(changes: list[Change], kind: str, location: str, call: str = "") -> Change:
    found = [c for c in changes if c.kind == kind and c.location == location and (not call or c.call == call)]
    assert len(found) == 1, f"{kind} at {location} {call}: found {found}"
    return found[0]


# --- 2022-08-01 -> 2022-11-15 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "location", "call", "level"),
    [
        # payment_intent.properties.charges is gone; latest_charge replaces it (x-expandableFields too)
        ("response-property-removed", "PaymentIntent.charges", "", "breaking"),
        ("response-property-added", "PaymentIntent.latest_charge", "", "additive"),
        # charge.properties.refunds gains `nullable: true` (refunds are no longer included by default)
        ("response-property-now-nullable", "Charge.refunds", "", "breaking"),
        # components/schemas/item (Checkout line items) loses `product`
        ("response-property-removed", "Item.product", "", "breaking"),
        # /v1/orders... and /v1/skus... are gone from `paths`
        ("operation-removed", "POST /v1/orders", "client.orders.create()", "breaking"),
        ("operation-removed", "DELETE /v1/skus/{id}", "client.skus.delete()", "breaking"),
        # POST /v1/webhook_endpoints: api_version's enum gains "2022-11-15"
        ("enum-value-added", "api_version", "client.webhook_endpoints.create()", "additive"),
    ],
)
def test_2022_11_15(v2022_11_15: list[Change], kind: str, location: str, call: str, level: str) -> None:
    assert find(v2022_11_15, kind, location, call).level == level


def test_2022_11_15_is_a_small_breaking_version(v2022_11_15: list[Change]) -> None:
    # 8 paths (13 operations) removed, two properties removed, one now nullable; no request change
    # besides the webhook api_version
    assert sum(c.kind == "operation-removed" for c in v2022_11_15) == 13
    assert not [c for c in v2022_11_15 if c.kind == "operation-added"]
    assert [c.call for c in v2022_11_15 if c.side == "request"] == ["client.webhook_endpoints.create()"]
    assert find(v2022_11_15, "response-property-removed", "PaymentIntent.charges").resource == "payment_intents"


# --- 2022-11-15 -> 2023-08-16 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "location", "call", "level"),
    [
        # new paths
        ("operation-added", "POST /v1/tax/calculations", "client.tax.calculations.create()", "additive"),
        ("operation-added", "POST /v1/subscriptions/{subscription}/resume", "client.subscriptions.resume()", "additive"),
        # checkout.session.cancel_url: `nullable: true` and dropped from `required`
        ("response-property-now-nullable", "CheckoutSession.cancel_url", "", "breaking"),
        ("response-property-now-optional", "CheckoutSession.cancel_url", "", "breaking"),
        # payment_method_link.properties loses persistent_token; so does the request param
        ("response-property-removed", "PaymentMethodLink.persistent_token", "", "breaking"),
        ("param-removed", "payment_method_options[link][persistent_token]", "client.payment_intents.create()", "breaking"),
        # subscription.status enum gains "paused": a new value in a response
        ("enum-value-added", "Subscription.status", "", "warning"),
        # and the list filter accepts it: a new value in a request
        ("enum-value-added", "status", "client.subscriptions.list()", "additive"),
        # dispute.status enum loses "charge_refunded"
        ("enum-value-removed", "Dispute.status", "", "warning"),
        # webhook enabled_events: "invoiceitem.updated" removed, "refund.created" among the added
        ("enum-value-removed", "enabled_events", "client.webhook_endpoints.create()", "breaking"),
        ("enum-value-added", "enabled_events", "client.webhook_endpoints.create()", "additive"),
        # subscription gains trial_settings; the create call too
        ("response-property-added", "Subscription.trial_settings", "", "additive"),
        ("param-added", "trial_settings", "client.subscriptions.create()", "additive"),
        # line_item.invoice_item, .subscription and .subscription_item become expandable:
        # anyOf [string, $ref ...]; code using them as `str` stops type-checking
        ("response-property-widened", "LineItem.invoice_item", "", "breaking"),
        ("response-property-widened", "LineItem.subscription", "", "breaking"),
        ("response-property-widened", "LineItem.subscription_item", "", "breaking"),
        # balance_transaction.source's anyOf gains $ref customer_cash_balance_transaction
        ("response-property-widened", "BalanceTransaction.source", "", "breaking"),
        # an enum of a response still only warns
        ("enum-value-added", "PaymentIntent.capture_method", "", "warning"),
        # POST /v1/files `file` gains `format: binary`
        ("param-retyped", "file", "client.files.create()", "breaking"),
        # quote.subscription_data: $ref quotes_resource_subscription_data (removed) ->
        # quotes_resource_subscription_data_subscription_data (new)
        ("response-property-model-replaced", "Quote.subscription_data", "", "warning"),
    ],
)
def test_2023_08_16(v2023_08_16: list[Change], kind: str, location: str, call: str, level: str) -> None:
    assert find(v2023_08_16, kind, location, call).level == level


def test_2023_08_16_messages(v2023_08_16: list[Change]) -> None:
    messages = {c.message for c in v2023_08_16}
    assert "`client.tax.calculations.create()` was added (POST /v1/tax/calculations)" in messages
    assert '`Subscription.status` may be the new value `"paused"`' in messages
    assert "`client.payment_intents.create()` no longer accepts `payment_method_options[link][persistent_token]`" in messages
    removed = find(v2023_08_16, "enum-value-removed", "enabled_events", "client.webhook_endpoints.create()")
    assert '`"invoiceitem.updated"`' in removed.message


@pytest.mark.parametrize("method", ["create", "update", "confirm"])
def test_2023_08_16_setup_intent_link_options_emptied(v2023_08_16: list[Change], method: str) -> None:
    # POST /v1/setup_intents (and /{intent}, /{intent}/confirm): payment_method_options.link goes from
    # `properties: {persistent_token: ...}` to `properties: {}`: a free-form dict to the client, but
    # Stripe rejects persistent_token
    call = f"client.setup_intents.{method}()"
    change = find(v2023_08_16, "param-removed", "payment_method_options[link][persistent_token]", call)
    assert change.level == "breaking"
    assert change.message == (
        f"`{call}` no longer accepts `payment_method_options[link][persistent_token]`"
        " (`payment_method_options[link]` is now a free-form `dict[str, Any]`)"
    )
    # and nothing else about it (no additive "changed type to dict[str, Any]")
    about = [c for c in v2023_08_16 if c.call == call and c.location.startswith("payment_method_options[link]")]
    assert about == [change]


def test_2023_08_16_expandable_line_item_fields_are_breaking(v2023_08_16: list[Change]) -> None:
    change = find(v2023_08_16, "response-property-widened", "LineItem.invoice_item")
    assert change.message == "`LineItem.invoice_item` may now also be `Invoiceitem`"
    assert change.resource == "invoices.lines"
    breaking = diff_markdown(v2023_08_16, "a", "b").split("### Breaking")[1].split("\n### ")[0]
    assert "- `LineItem.subscription` may now also be `Subscription`" in breaking


def test_each_model_change_is_reported_once(v2023_08_16: list[Change]) -> None:
    model_changes = [(c.kind, c.location, c.message) for c in v2023_08_16 if c.side == "response" and "." in c.location]
    assert len(model_changes) == len(set(model_changes))


def test_reports_are_deterministic(apis: dict[str, ir.Api], v2023_08_16: list[Change]) -> None:
    again = diff(apis["2022-11-15"], apis["2023-08-16"])
    assert diff_markdown(again, "a", "b") == diff_markdown(v2023_08_16, "a", "b")
    assert diff_json(again, "a", "b") == diff_json(v2023_08_16, "a", "b")
