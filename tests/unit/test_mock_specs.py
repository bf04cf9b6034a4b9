"""The fake Stripe on real documents: the curated spec's pinned versions and Stripe's full spec."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from generator.mock import MockServer

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
STRIPE_SPEC = SHARED / "stripe-openapi" / "2023-08-16.yaml"
KEY = "sk_test_specs"


def crud_customer(server: MockServer) -> None:
    with httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
        created = http.post("/v1/customers", data={"email": "jenny@example.com", "metadata[order_id]": "6735"})
        assert created.status_code == 200, created.text
        customer = created.json()
        assert customer["id"].startswith("cus_") and customer["metadata"] == {"order_id": "6735"}
        assert http.get(f"/v1/customers/{customer['id']}").json()["email"] == "jenny@example.com"
        updated = http.post(f"/v1/customers/{customer['id']}", data={"name": "Jenny"}).json()
        assert updated["name"] == "Jenny"
        listed = http.get("/v1/customers", params={"limit": 100}).json()
        assert listed["object"] == "list" and [c["id"] for c in listed["data"]] == [customer["id"]]
        found = http.get("/v1/customers/search", params={"query": "email:'jenny@example.com'"}).json()
        assert [c["id"] for c in found["data"]] == [customer["id"]]
        assert http.delete(f"/v1/customers/{customer['id']}").json()["deleted"] is True
        gone = http.get(f"/v1/customers/{customer['id']}")  # Stripe answers a deleted customer's stub
        assert gone.json() == {"id": customer["id"], "object": "customer", "deleted": True}
        unknown = http.post("/v1/customers", data={"emial": "x"})
        assert unknown.json()["error"]["code"] == "parameter_unknown"


def payment_flow(server: MockServer) -> None:
    with httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
        customer = http.post("/v1/customers", data={"email": "a@b.c"}).json()["id"]
        intent = http.post("/v1/payment_intents", data={"amount": "2000", "currency": "usd", "customer": customer})
        assert intent.status_code == 200, intent.text
        intent_id = intent.json()["id"]
        assert intent_id.startswith("pi_")
        confirmed = http.post(f"/v1/payment_intents/{intent_id}/confirm", data={"payment_method": "pm_card_visa"}).json()
        assert confirmed["status"] == "succeeded"
        expanded = http.get(f"/v1/payment_intents/{intent_id}", params={"expand[]": "customer"}).json()
        assert expanded["customer"]["id"] == customer
        assert http.post(f"/v1/payment_intents/{intent_id}/cancel").json()["status"] == "canceled"
        account = http.get("/v1/account")
        assert account.status_code == 200 and account.json()["id"].startswith("acct_")


def curated_versions() -> list[str]:
    from generator.versions import pinned_versions

    return pinned_versions()


@pytest.mark.parametrize("version", curated_versions())
def test_curated_spec(version):
    from generator.versions import version_document

    with MockServer(version_document(version).data) as server:
        crud_customer(server)
        payment_flow(server)
        with httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
            charge = http.post("/v1/charges", data={"amount": "500", "currency": "usd", "source": "tok_visa"})
            assert charge.status_code == 200, charge.text
            refund = http.post("/v1/refunds", data={"charge": charge.json()["id"]})
            assert refund.status_code == 200, refund.text
            token = http.post("/oauth/token", data={"grant_type": "authorization_code", "code": "ac_123"})
            assert token.status_code == 200, token.text
            authorize = http.get("/oauth/authorize", params={"client_id": "ca_1", "response_type": "code", "scope": "read_write",
                                                             "redirect_uri": "https://example.com/cb"})
            assert authorize.status_code == 302 and "code=ac_" in authorize.headers["Location"]


@pytest.fixture(scope="module")
def stripe_document():
    if not STRIPE_SPEC.is_file():
        pytest.skip(f"Stripe's public spec is not at {STRIPE_SPEC} (the shared reference folder is absent)")
    from generator.load import load_document

    return load_document(STRIPE_SPEC).data


def test_stripe_full_spec(stripe_document):
    server = MockServer(stripe_document)
    assert len(server.router.operations) == 468
    with server:
        crud_customer(server)
        payment_flow(server)
        with httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
            product = http.post("/v1/products", data={"name": "Gold"}).json()["id"]
            price = http.post("/v1/prices", data={"product": product, "currency": "usd", "unit_amount": 2000,
                                                  "recurring[interval]": "month"}).json()["id"]
            customer = http.post("/v1/customers").json()["id"]
            subscription = http.post("/v1/subscriptions", data={"customer": customer, "items[0][price]": price})
            assert subscription.status_code == 200, subscription.text
            canceled = http.delete(f"/v1/subscriptions/{subscription.json()['id']}").json()
            assert canceled["status"] == "canceled"
            bad = http.post("/v1/payment_intents", data={"amount": "lots", "currency": "usd"}).json()["error"]
            assert (bad["code"], bad["param"]) == ("parameter_invalid_integer", "amount")


def test_every_stripe_operation_answers_without_a_server_error(stripe_document):
    """Each operation of the full spec, with made-up ids and no params, answers 200 or a Stripe-shaped
    4xx (never a 5xx from a bug in the mock)."""
    with MockServer(stripe_document) as server, httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
        customer = http.post("/v1/customers").json()["id"]
        statuses = set()
        for op in server.router.operations:
            path = op.path
            for name in op.path_params:
                path = path.replace("{" + name + "}", customer if name == "customer" else "x_1")
            params = {"query": "id:'x'"} if op.kind == "search" else {}
            response = http.request(op.http_method, path, params=params)
            assert response.status_code < 500, (op.http_method, op.path, response.text)
            assert "error" in response.json() or response.status_code == 200
            statuses.add(response.status_code)
        assert {200, 400, 404} <= statuses
