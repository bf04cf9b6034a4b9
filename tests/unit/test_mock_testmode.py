"""The fake Stripe in test mode: Stripe's test cards decline, ask for 3-D Secure or succeed; amounts,
ids and keys are checked as Stripe checks them; events are recorded and forwarded, signed."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import pytest

from generator.mock import MockServer
from generator.mock.webhooks import signature_header
from generator.versions import version_document, version_fixtures

KEY = "sk_test_testmode"


@pytest.fixture(scope="module", params=["2022-08-01", "2023-08-16"])
def server(request: pytest.FixtureRequest):
    with MockServer(version_document(request.param), fixtures=version_fixtures(request.param)) as mock:
        yield mock


@pytest.fixture
def http(server):
    server.reset()
    with httpx.Client(base_url=server.url, auth=(KEY, "")) as client:
        yield client


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json()["error"]


@pytest.mark.parametrize("token, number, code, decline_code, param", [
    ("chargeDeclined", "4000000000000002", "card_declined", "generic_decline", None),
    ("chargeDeclinedInsufficientFunds", "4000000000009995", "card_declined", "insufficient_funds", None),
    ("chargeDeclinedLostCard", "4000000000009987", "card_declined", "lost_card", None),
    ("chargeDeclinedStolenCard", "4000000000009979", "card_declined", "stolen_card", None),
    ("chargeDeclinedExpiredCard", "4000000000000069", "expired_card", "expired_card", "exp_month"),
    ("chargeDeclinedIncorrectCvc", "4000000000000127", "incorrect_cvc", "incorrect_cvc", "cvc"),
    ("chargeDeclinedProcessingError", "4000000000000119", "processing_error", "processing_error", None),
])
def test_declines(http, token, number, code, decline_code, param):
    charge = error_of(http.post("/v1/charges", data={"amount": 1000, "currency": "usd", "source": f"tok_{token}"}), 402)
    assert (charge["type"], charge["code"], charge["decline_code"], charge.get("param")) == ("card_error", code, decline_code, param)
    assert http.get(f"/v1/charges/{charge['charge']}").json()["status"] == "failed"
    intent = error_of(http.post("/v1/payment_intents", data={
        "amount": 1000, "currency": "usd", "payment_method": f"pm_card_{token}", "confirm": "true"}), 402)
    assert intent["code"] == code and intent["payment_intent"]["status"] == "requires_payment_method"
    assert intent["payment_intent"]["last_payment_error"]["decline_code"] == decline_code
    method = http.post("/v1/payment_methods", data={"type": "card", "card[number]": number, "card[exp_month]": 12,
                                                    "card[exp_year]": 2030}).json()
    customer = http.post("/v1/customers").json()["id"]
    attach = error_of(http.post(f"/v1/payment_methods/{method['id']}/attach", data={"customer": customer}), 402)
    assert attach["decline_code"] == decline_code
    assert error_of(http.post("/v1/customers", data={"source": f"tok_{token}"}), 402)["code"] == code


def test_a_generic_decline_says_what_stripe_says(http):
    error = error_of(http.post("/v1/charges", data={"amount": 1000, "currency": "usd", "source": "tok_chargeDeclined"}), 402)
    assert error["message"] == "Your card was declined."


def test_a_paid_intent_creates_its_charge_and_refunds_point_at_it(http, server):
    intent = http.post("/v1/payment_intents", data={"amount": 2000, "currency": "usd", "payment_method": "pm_card_visa",
                                                    "confirm": "true"}).json()
    assert intent["status"] == "succeeded" and intent["payment_method"].startswith("pm_")
    charge_id = intent["latest_charge"] if "latest_charge" in intent else intent["charges"]["data"][0]["id"]
    assert ("latest_charge" in intent) == (server.version >= "2022-11-15")
    refund = http.post("/v1/refunds", data={"payment_intent": intent["id"]}).json()
    assert refund["charge"] == charge_id and refund["amount"] == 2000
    charge = http.get(f"/v1/charges/{charge_id}").json()
    assert (charge["refunded"], charge["amount_refunded"]) == (True, 2000)
    assert error_of(http.post("/v1/refunds", data={"charge": charge_id}), 400)["code"] == "charge_already_refunded"


@pytest.mark.parametrize("method", ["pm_card_threeDSecure2Required", "pm_card_authenticationRequired"])
def test_three_d_secure_requires_action(http, method):
    intent = http.post("/v1/payment_intents", data={"amount": 2000, "currency": "usd", "payment_method": method,
                                                    "confirm": "true"}).json()
    assert intent["status"] == "requires_action" and intent["next_action"]["type"] == "use_stripe_sdk"
    other = http.post("/v1/payment_intents", data={"amount": 2000, "currency": "usd"}).json()
    redirected = http.post(f"/v1/payment_intents/{other['id']}/confirm",
                           data={"payment_method": method, "return_url": "https://example.com/back"}).json()
    assert redirected["next_action"]["redirect_to_url"]["return_url"] == "https://example.com/back"


def test_setup_intents(http):
    customer = http.post("/v1/customers").json()["id"]
    setup = http.post("/v1/setup_intents", data={"customer": customer}).json()
    ok = http.post(f"/v1/setup_intents/{setup['id']}/confirm", data={"payment_method": "pm_card_visa"}).json()
    assert ok["status"] == "succeeded"
    assert http.get(f"/v1/payment_methods/{ok['payment_method']}").json()["customer"] == customer
    failed = http.post("/v1/setup_intents", data={"customer": customer}).json()
    error = error_of(http.post(f"/v1/setup_intents/{failed['id']}/confirm", data={"payment_method": "pm_card_chargeDeclined"}), 402)
    assert error["setup_intent"]["status"] == "requires_payment_method"


def test_validation_like_stripes(http):
    small = error_of(http.post("/v1/payment_intents", data={"amount": 10, "currency": "usd"}), 400)
    assert (small["code"], small["param"], small["message"]) == ("amount_too_small", "amount", "Amount must be at least $0.50 usd")
    missing = error_of(http.post("/v1/payment_intents", data={"amount": 2000, "currency": "usd", "customer": "cus_nope"}), 400)
    assert (missing["code"], missing["param"], missing["message"]) == ("resource_missing", "customer", "No such customer: 'cus_nope'")
    price = error_of(http.post("/v1/subscriptions", data={"customer": http.post("/v1/customers").json()["id"],
                                                          "items[0][price]": "price_nope"}), 400)
    assert price["param"] == "price"
    customer = http.post("/v1/customers").json()["id"]
    http.delete(f"/v1/customers/{customer}")
    assert http.get(f"/v1/customers/{customer}").json() == {"id": customer, "object": "customer", "deleted": True}


def test_connected_accounts_see_only_their_objects(http):
    mine = http.post("/v1/customers", headers={"Stripe-Account": "acct_a"}).json()["id"]
    assert [c["id"] for c in http.get("/v1/customers", headers={"Stripe-Account": "acct_a"}).json()["data"]] == [mine]
    assert http.get("/v1/customers", headers={"Stripe-Account": "acct_b"}).json()["data"] == []
    assert http.get("/v1/customers").json()["data"] == []
    assert http.get(f"/v1/customers/{mine}").status_code == 404


def test_keys(server):
    bad = error_of(httpx.get(server.url + "/v1/customers", auth=("xk_test_1234567890abcd", "")), 401)
    assert bad["type"] == "authentication_error" and bad["message"] == "Invalid API Key provided: xk_test_**********abcd"
    publishable = error_of(httpx.get(server.url + "/v1/customers", auth=("pk_test_1234567890", "")), 401)
    assert publishable["message"].startswith("This API call cannot be made with a publishable API key.")
    made = httpx.post(server.url + "/v1/payment_methods", auth=("pk_test_1234567890", ""),
                      data={"type": "card", "card[number]": "4242424242424242", "card[exp_month]": 1, "card[exp_year]": 2030})
    assert made.status_code == 200  # what Stripe.js does with a publishable key


def test_events_newest_first_with_previous_attributes(http):
    customer = http.post("/v1/customers", data={"email": "a@b.c"}).json()["id"]
    http.post(f"/v1/customers/{customer}", data={"name": "Jenny"})
    http.delete(f"/v1/customers/{customer}")
    events = http.get("/v1/events").json()["data"]
    assert [e["type"] for e in events] == ["customer.deleted", "customer.updated", "customer.created"]
    assert events[1]["data"]["previous_attributes"] == {"name": None}
    assert http.get(f"/v1/events/{events[0]['id']}").json()["type"] == "customer.deleted"
    only = http.get("/v1/events", params={"types[]": ["customer.created"]}).json()["data"]
    assert [e["type"] for e in only] == ["customer.created"]
    assert http.get("/v1/events", params={"type": "customer.updated"}).json()["data"][0]["id"] == events[1]["id"]


class _Collect(BaseHTTPRequestHandler):
    received: list[tuple[bytes, str]] = []
    status = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((body, self.headers["Stripe-Signature"]))
        self.send_response(self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_events_are_forwarded_signed_and_failures_do_not_break_the_server():
    endpoint = HTTPServer(("127.0.0.1", 0), _Collect)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{endpoint.server_address[1]}/hook"
    try:
        with MockServer(version_document("2023-08-16"), forward_to=url, webhook_secret="whsec_x") as server:
            assert httpx.post(server.url + "/v1/customers", auth=(KEY, "")).status_code == 200
            server.forwarder.join()
            body, header = _Collect.received[-1]
            timestamp = int(header.split(",")[0][2:])
            assert header == signature_header(body, "whsec_x", timestamp)
            _Collect.status = 500
            assert httpx.post(server.url + "/v1/customers", auth=(KEY, "")).status_code == 200
            server.forwarder.join()
            assert "500" in server.forwarder.failures[-1][1]
        with MockServer(version_document("2023-08-16"), forward_to="http://127.0.0.1:9/nothing") as server:
            assert httpx.post(server.url + "/v1/customers", auth=(KEY, "")).status_code == 200
            server.forwarder.join()
            assert server.forwarder.failures
    finally:
        endpoint.shutdown()
        endpoint.server_close()
