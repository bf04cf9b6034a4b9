"""Test mode: what Stripe does with its test cards. Charges, PaymentIntents, SetupIntents, saved cards
and refunds succeed, decline or ask for 3-D Secure as the card says, creating the Charges and
recording the events Stripe would; amounts below a currency's minimum are refused."""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from generator.mock.errors import ApiError, no_such
from generator.mock.routes import Operation
from generator.mock.schemas import ID_PREFIXES, new_id, random_suffix
from generator.mock.testcards import Card, card_named, card_numbered

if TYPE_CHECKING:
    from generator.mock.resources import Resources

# The smallest amount a charge may have, in the currency's smallest unit (Stripe's table, the common ones).
MINIMUM_AMOUNTS = {
    "usd": 50, "aud": 50, "brl": 50, "cad": 50, "chf": 50, "eur": 50, "inr": 50, "nzd": 50, "sgd": 50,
    "gbp": 30, "jpy": 50, "dkk": 250, "nok": 300, "sek": 300, "hkd": 400, "mxn": 1000, "pln": 200,
    "czk": 1500, "huf": 17500, "aed": 200, "myr": 200, "ron": 200, "thb": 1000,
}
SYMBOLS = {"usd": "$", "aud": "$", "cad": "$", "nzd": "$", "sgd": "$", "hkd": "$", "mxn": "$", "eur": "€",
           "gbp": "£", "jpy": "¥", "inr": "₹", "brl": "R$"}
ZERO_DECIMAL = {"jpy", "krw", "vnd", "clp", "pyg", "ugx", "xaf", "xof", "bif", "djf", "gnf", "kmf", "mga", "rwf",
                "vuv", "xpf"}
NO_PAYMENT_METHOD = (
    "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the "
    "PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method."
)


def check_amount(params: dict[str, Any]) -> None:
    """Stripe's `amount_too_small`: the amount must cover the currency's minimum charge."""
    amount, currency = params.get("amount"), str(params.get("currency") or "").lower()
    minimum = MINIMUM_AMOUNTS.get(currency)
    if not isinstance(amount, int) or minimum is None or amount >= minimum:
        return
    shown = str(minimum) if currency in ZERO_DECIMAL else f"{minimum / 100:.2f}"
    raise ApiError(f"Amount must be at least {SYMBOLS.get(currency, '')}{shown} {currency}",
                   code="amount_too_small", param="amount")


class TestMode:
    """The test-mode behaviour of one account's objects; `handle` answers the operations it owns."""

    __test__ = False  # not a pytest class

    def __init__(self, resources: Resources) -> None:
        self.r = resources
        self.store = resources.store
        self.events = resources.events
        self.cards: dict[str, Card] = {}  # id of a token, card or PaymentMethod -> the test card behind it
        self.routes: dict[tuple[str, str], Callable[[Operation, dict[str, str], dict[str, Any]], dict[str, Any]]] = {
            ("POST", "/v1/charges"): self.create_charge,
            ("POST", "/v1/payment_intents"): self.create_intent,
            ("POST", "/v1/payment_intents/{intent}/confirm"): self.confirm_intent,
            ("POST", "/v1/setup_intents"): self.create_setup_intent,
            ("POST", "/v1/setup_intents/{intent}/confirm"): self.confirm_setup_intent,
            ("POST", "/v1/payment_methods"): self.create_payment_method,
            ("POST", "/v1/payment_methods/{payment_method}/attach"): self.attach_payment_method,
            ("POST", "/v1/tokens"): self.create_token,
            ("POST", "/v1/customers"): self.create_customer,
            ("POST", "/v1/refunds"): self.create_refund,
        }

    def handle(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any] | None:
        route = self.routes.get((op.http_method, op.path))
        return route(op, path_params, params) if route is not None else None

    def is_shorthand(self, value: Any) -> bool:
        """`pm_card_visa`, `tok_visa`: names of test cards that stand for new objects."""
        return card_named(value, "pm_card_") is not None or card_named(value, "tok_") is not None

    # --- objects ----------------------------------------------------------------------------------

    def make(self, object_type: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A new stored object: the type's fixture (or a synthesised one) with fresh ids and `fields`."""
        base = self.r.fixtures.get(object_type)
        obj = copy.deepcopy(base) if isinstance(base, dict) else self.r.schemas.template(
            {"$ref": f"#/components/schemas/{object_type}"})
        obj = obj if isinstance(obj, dict) else {}
        obj.update(id=new_id(ID_PREFIXES.get(object_type, object_type)), object=object_type,
                   created=int(time.time()), livemode=False)
        if "metadata" in obj:
            obj["metadata"] = {}
        obj.update(fields)
        return self.store.add(object_type, obj)

    def card_fields(self, card: Card, target: dict[str, Any]) -> dict[str, Any]:
        """`target` (a card hash) with the test card's brand, last four digits and funding."""
        target = dict(target) if isinstance(target, dict) else {}
        target.update(brand=card.brand, last4=card.last4, funding=card.funding)
        target.setdefault("exp_month", 12)
        target.setdefault("exp_year", time.gmtime().tm_year + 3)
        return target

    def new_payment_method(self, card: Card, customer: str | None = None) -> dict[str, Any]:
        fixture = self.r.fixtures.get("payment_method") or {}
        pm = self.make("payment_method", {"type": "card", "customer": customer,
                                          "card": self.card_fields(card, fixture.get("card") or {})})
        self.cards[pm["id"]] = card
        return pm

    def new_card(self, card: Card, customer: str | None) -> dict[str, Any]:
        fields = self.card_fields(card, self.r.fixtures.get("card") or {})
        saved = self.make("card", {**fields, "customer": customer})
        self.cards[saved["id"]] = card
        return saved

    def payment_method(self, value: Any, param: str) -> tuple[dict[str, Any], Card]:
        """The PaymentMethod a parameter names (a test shorthand makes a new one) and its test card."""
        card = card_named(value, "pm_card_")
        if card is not None:
            return self.new_payment_method(card), card
        found = self.store.get("payment_method", str(value))
        if found is None:
            raise no_such("payment_method", str(value), param, status=400)
        return found, self.cards.get(found["id"], Card(last4=str((found.get("card") or {}).get("last4") or "4242")))

    def source(self, value: Any, param: str = "source") -> Card:
        """The test card behind a token (`tok_visa` or a created one) or a saved card."""
        card = card_named(value, "tok_")
        if card is not None:
            return card
        if str(value) in self.cards:
            return self.cards[str(value)]
        kind = "token" if str(value).startswith("tok_") else "source"
        if self.store.find(str(value)) is None:
            raise no_such(kind, str(value), param, status=400)
        return Card()

    # --- declines -------------------------------------------------------------------------------

    def decline(self, card: Card, **objects: Any) -> ApiError:
        """Stripe's 402 card_error, carrying the objects it names (charge, payment_intent...)."""
        fields = card.error()
        return ApiError(fields["message"], type="card_error", code=card.code, param=card.param,
                        extra={k: v for k, v in {**fields, **objects}.items() if k not in ("type", "message", "code", "param")})

    def charge(self, card: Card, fields: dict[str, Any], payment_method: str | None = None) -> dict[str, Any]:
        """A Charge of the card: succeeded, or failed with the card's decline."""
        amount = fields.get("amount") or 0
        captured = fields.pop("capture", True) is not False
        failed = card.declines
        details = dict(self.r.fixtures.get("charge", {}).get("payment_method_details") or {"type": "card"})
        details["card"] = self.card_fields(card, details.get("card") or {})
        outcome = {"network_status": "declined_by_network" if failed else "approved_by_network",
                   "reason": card.decline_code if failed else None, "risk_level": "normal", "seller_message":
                   "The bank did not return any further details with this decline." if failed else "Payment complete.",
                   "type": "issuer_declined" if failed else "authorized"}
        charge = self.make("charge", {
            "status": "failed" if failed else "succeeded", "paid": not failed, "captured": captured and not failed,
            "amount_captured": amount if captured and not failed else 0, "amount_refunded": 0, "refunded": False,
            "failure_code": card.code, "failure_message": card.message or None, "outcome": outcome,
            "payment_method": payment_method, "payment_method_details": details, "customer": None,
            "payment_intent": None, "invoice": None, "description": None, "balance_transaction": None, **fields,
        })
        if isinstance(charge.get("refunds"), dict):  # before 2022-11-15 a charge lists its refunds
            charge["refunds"] = {"object": "list", "data": [], "has_more": False, "total_count": 0,
                                 "url": f"/v1/charges/{charge['id']}/refunds"}
            charge = self.store.put("charge", charge)
        self.events.emit("charge.failed" if failed else "charge.succeeded", charge)
        return charge

    # --- charges --------------------------------------------------------------------------------

    def create_charge(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        check_amount(params)
        customer = params.get("customer")
        if params.get("source") is not None:
            card = self.source(params["source"])
        elif customer is not None:
            card = self.customer_card(str(customer))
        else:
            raise ApiError("Must provide source or customer.", code="parameter_missing", param="source")
        fields = {k: v for k, v in params.items() if k in ("amount", "currency", "customer", "description",
                                                          "metadata", "receipt_email", "capture")}
        charge = self.charge(card, fields)
        if card.declines:
            raise self.decline(card, charge=charge["id"])
        return charge

    def customer_card(self, customer_id: str) -> Card:
        customer = self.store.get("customer", customer_id)
        if customer is None:
            raise no_such("customer", customer_id, "customer", status=400)
        source = customer.get("default_source")
        if not source:
            raise ApiError("Cannot charge a customer that has no active card", code="missing", param="card",
                           type="card_error")
        return self.cards.get(str(source), Card())

    # --- customers, cards and PaymentMethods ----------------------------------------------------

    def create_customer(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        card = self.source(params["source"]) if params.get("source") else None
        if card is not None and card.declines and card.attach_declines:
            raise self.decline(card)
        pm, pm_card = self.payment_method(params["payment_method"], "payment_method") if params.get(
            "payment_method") else (None, None)
        if pm_card is not None and pm_card.declines and pm_card.attach_declines:
            raise self.decline(pm_card)
        rest = {k: v for k, v in params.items() if k not in ("source", "payment_method")}
        customer = self.r.create(op, path_params, rest)
        if card is not None:
            saved = self.new_card(card, customer["id"])
            customer = self.store.put("customer", {**customer, "default_source": saved["id"]})
        if pm is not None:
            self.store.put("payment_method", {**pm, "customer": customer["id"]})
        self.events.record("customer", "created", customer)
        return customer

    def create_token(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        token = self.r.create(op, path_params, {k: v for k, v in params.items() if k != "card"})
        given = params.get("card")
        if isinstance(given, dict) and "number" in given:
            card = card_numbered(given["number"])
            fields = {k: v for k, v in given.items() if k in ("exp_month", "exp_year", "name")}
            token = self.store.put("token", {**token, "type": "card", "card": {
                **self.card_fields(card, (self.r.fixtures.get("token") or {}).get("card") or {}), **fields,
                "id": new_id("card")}})
            self.cards[token["id"]] = card
        return token

    def create_payment_method(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        given = params.get("card")
        if isinstance(given, dict) and ("number" in given or "token" in given):
            card = card_numbered(given["number"]) if "number" in given else self.source(given["token"], "card[token]")
            pm = self.new_payment_method(card)
            fields = {k: v for k, v in params.items() if k not in ("card", "type")}
            card_hash = {**pm["card"], **{k: v for k, v in given.items() if k in ("exp_month", "exp_year")}}
            self.r.assign(pm, self.r.object_schema(op.item_schema), fields, top=True)
            pm = self.store.put("payment_method", {**pm, "card": card_hash})
        else:
            pm = self.r.create(op, path_params, params)
        self.events.record("payment_method", "created", pm)
        return pm

    def attach_payment_method(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        pm, card = self.payment_method(path_params["payment_method"], "payment_method")
        customer = str(params.get("customer"))
        if self.store.get("customer", customer) is None:
            raise no_such("customer", customer, "customer", status=400)
        if card.declines and card.attach_declines:
            raise self.decline(card)
        pm = self.store.put("payment_method", {**pm, "customer": customer})
        self.events.emit("payment_method.attached", pm)
        return pm

    # --- PaymentIntents -------------------------------------------------------------------------

    def create_intent(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        check_amount(params)
        confirm = params.get("confirm") is True
        rest = {k: v for k, v in params.items() if k not in ("confirm", "payment_method")}
        intent = self.r.create(op, path_params, rest)
        if params.get("payment_method") is not None:
            pm, _ = self.payment_method(params["payment_method"], "payment_method")
            intent = self.store.put("payment_intent", {**intent, "payment_method": pm["id"],
                                                       "status": "requires_confirmation"})
        self.events.emit("payment_intent.created", intent)
        return self.confirm(intent, params) if confirm else intent

    def confirm_intent(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        intent = self.store.get("payment_intent", path_params["intent"])
        if intent is None:
            raise no_such("payment_intent", path_params["intent"], "intent")
        if intent.get("status") not in ("requires_payment_method", "requires_confirmation", "requires_action"):
            raise ApiError(f"This PaymentIntent's status is {intent.get('status')}, which does not allow it to be "
                           "confirmed.", code="payment_intent_unexpected_state",
                           extra={"payment_intent": intent})
        fields = {k: v for k, v in params.items() if k not in ("payment_method", "expand")}
        self.r.assign(intent, self.r.object_schema(op.item_schema), fields, top=True)
        return self.confirm(intent, params)

    def confirm(self, intent: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        value = params.get("payment_method") or intent.get("payment_method")
        if not value:
            raise ApiError(NO_PAYMENT_METHOD, code="payment_intent_unexpected_state", param="payment_method")
        pm, card = self.payment_method(value, "payment_method")
        intent.update(payment_method=pm["id"], last_payment_error=None, next_action=None)
        if card.authenticate:
            return self.require_action(intent, "payment_intent", params.get("return_url"))
        manual = intent.get("capture_method") in ("manual", "manual_preferred")
        charge = self.charge(card, {"amount": intent.get("amount"), "currency": intent.get("currency"),
                                    "customer": intent.get("customer"), "payment_intent": intent["id"],
                                    "description": intent.get("description"), "capture": not manual}, pm["id"])
        self.link_charge(intent, charge)
        if card.declines:
            error = {**card.error(), "charge": charge["id"], "payment_method": pm}
            intent.update(status="requires_payment_method", payment_method=None, last_payment_error=error)
            intent = self.store.put("payment_intent", intent)
            self.events.emit("payment_intent.payment_failed", intent)
            raise self.decline(card, charge=charge["id"], payment_intent=intent, payment_method=pm)
        amount = intent.get("amount") or 0
        intent.update(status="requires_capture" if manual else "succeeded", amount_received=0 if manual else amount,
                      amount_capturable=amount if manual else 0)
        intent = self.store.put("payment_intent", intent)
        self.events.emit("payment_intent.amount_capturable_updated" if manual else "payment_intent.succeeded", intent)
        return intent

    def link_charge(self, intent: dict[str, Any], charge: dict[str, Any]) -> None:
        """`latest_charge` since 2022-11-15; before, the `charges` list."""
        if "charges" in intent or "latest_charge" not in intent:
            listed = [charge, *((intent.get("charges") or {}).get("data") or [])]
            intent["charges"] = {"object": "list", "data": listed, "has_more": False, "total_count": len(listed),
                                 "url": f"/v1/charges?payment_intent={intent['id']}"}
        if "latest_charge" in intent:
            intent["latest_charge"] = charge["id"]

    def require_action(self, intent: dict[str, Any], object_type: str, return_url: Any) -> dict[str, Any]:
        """3-D Secure: `requires_action`, redirecting to `return_url` when given, else for Stripe.js."""
        source = f"src_{random_suffix()}"
        if return_url:
            url = (f"https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_test&{object_type}={intent['id']}"
                   f"&{object_type}_client_secret={intent.get('client_secret')}&source={source}")
            intent["next_action"] = {"type": "redirect_to_url", "redirect_to_url": {"return_url": return_url, "url": url}}
        else:
            intent["next_action"] = {"type": "use_stripe_sdk", "use_stripe_sdk": {
                "type": "three_d_secure_redirect", "source": source,
                "stripe_js": f"https://hooks.stripe.com/redirect/authenticate/{source}?client_secret=src_client_secret_{random_suffix()}"}}
        intent["status"] = "requires_action"
        intent = self.store.put(object_type, intent)
        self.events.emit(f"{object_type}.requires_action", intent)
        return intent

    # --- SetupIntents ---------------------------------------------------------------------------

    def create_setup_intent(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        rest = {k: v for k, v in params.items() if k not in ("confirm", "payment_method")}
        intent = self.r.create(op, path_params, rest)
        if params.get("payment_method") is not None:
            pm, _ = self.payment_method(params["payment_method"], "payment_method")
            intent = self.store.put("setup_intent", {**intent, "payment_method": pm["id"],
                                                     "status": "requires_confirmation"})
        self.events.emit("setup_intent.created", intent)
        return self.confirm_setup(intent, params) if params.get("confirm") is True else intent

    def confirm_setup_intent(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        intent = self.store.get("setup_intent", path_params["intent"])
        if intent is None:
            raise no_such("setup_intent", path_params["intent"], "intent")
        fields = {k: v for k, v in params.items() if k not in ("payment_method", "expand")}
        self.r.assign(intent, self.r.object_schema(op.item_schema), fields, top=True)
        return self.confirm_setup(intent, params)

    def confirm_setup(self, intent: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        value = params.get("payment_method") or intent.get("payment_method")
        if not value:
            raise ApiError(NO_PAYMENT_METHOD.replace("PaymentIntent", "SetupIntent"),
                           code="setup_intent_unexpected_state", param="payment_method")
        pm, card = self.payment_method(value, "payment_method")
        intent.update(payment_method=pm["id"], last_setup_error=None, next_action=None)
        if card.authenticate:
            return self.require_action(intent, "setup_intent", params.get("return_url"))
        if card.declines and card.attach_declines:
            intent.update(status="requires_payment_method", payment_method=None,
                          last_setup_error={**card.error(), "payment_method": pm})
            intent = self.store.put("setup_intent", intent)
            self.events.emit("setup_intent.setup_failed", intent)
            raise self.decline(card, setup_intent=intent, payment_method=pm)
        if intent.get("customer"):
            self.store.put("payment_method", {**pm, "customer": intent["customer"]})
        intent = self.store.put("setup_intent", {**intent, "status": "succeeded"})
        self.events.emit("setup_intent.succeeded", intent)
        return intent

    # --- refunds --------------------------------------------------------------------------------

    def create_refund(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        charge = self.refunded_charge(params)
        remaining = int(charge.get("amount") or 0) - int(charge.get("amount_refunded") or 0)
        if remaining <= 0:
            raise ApiError(f"Charge {charge['id']} has already been refunded.", code="charge_already_refunded")
        amount = params.get("amount", remaining)
        if not isinstance(amount, int) or amount > remaining:
            raise ApiError(f"Refund amount ({amount}) is greater than unrefunded amount on charge ({remaining})",
                           code="amount_too_large", param="amount")
        fields = {**params, "charge": charge["id"], "amount": amount, "currency": charge.get("currency")}
        refund = self.r.create(op, path_params, fields)
        refund = self.store.put("refund", {**refund, "status": "succeeded",
                                           "payment_intent": charge.get("payment_intent")})
        before = copy.deepcopy(charge)
        charge["amount_refunded"] = int(charge.get("amount_refunded") or 0) + amount
        charge["refunded"] = charge["amount_refunded"] >= int(charge.get("amount") or 0)
        if isinstance(charge.get("refunds"), dict):
            listed = [refund, *(charge["refunds"].get("data") or [])]
            charge["refunds"] = {**charge["refunds"], "data": listed, "total_count": len(listed)}
        charge = self.store.put("charge", charge)
        self.events.record("refund", "created", refund)
        self.events.emit("charge.refunded", charge, {k: before.get(k) for k in ("amount_refunded", "refunded", "refunds")
                                                     if before.get(k) != charge.get(k)})
        return refund

    def refunded_charge(self, params: dict[str, Any]) -> dict[str, Any]:
        """The charge a refund is of: `charge`, or the latest successful charge of `payment_intent`."""
        if params.get("charge"):
            charge = self.store.get("charge", str(params["charge"]))
            if charge is None:
                raise no_such("charge", str(params["charge"]), "charge", status=400)
            return charge
        intent_id = params.get("payment_intent")
        if not intent_id:
            raise ApiError("One of the following params should be provided for this request: payment_intent or charge.",
                           code="parameter_missing")
        intent = self.store.get("payment_intent", str(intent_id))
        if intent is None:
            raise no_such("payment_intent", str(intent_id), "payment_intent", status=400)
        charges = [c for c in self.store.all("charge") if c.get("payment_intent") == intent["id"] and c.get("paid")]
        if not charges:
            raise ApiError(f"This PaymentIntent ({intent['id']}) does not have a successful charge to refund.",
                           code="charge_not_refundable", param="payment_intent")
        return charges[0]
