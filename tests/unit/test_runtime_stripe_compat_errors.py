"""Errors built the stripe-python way (test doubles ported from stripe-python) are the same errors."""

from __future__ import annotations

import json
import inspect
from pathlib import Path
from typing import Any

import pytest

from _runtime import errors
from _runtime.errors import CardError, StripeErrorObject
from _runtime.models import StripeObject

stripe = pytest.importorskip("stripe", reason="stripe (a dev dependency) is the reference")

NAMES = [
    "StripeError", "CardError", "InvalidRequestError", "AuthenticationError", "PermissionError",
    "RateLimitError", "IdempotencyError", "APIError", "APIConnectionError", "SignatureVerificationError",
]
JSON_BODY = {
    "error": {
        "type": "card_error", "code": "card_declined", "message": "Declined", "param": "number",
        "payment_intent": {"id": "pi_1", "object": "payment_intent", "status": "requires_payment_method"},
        "payment_method": {"id": "pm_1", "object": "payment_method"},
        "setup_intent": {"id": "seti_1", "object": "setup_intent"},
    }
}
HEADERS = {"request-id": "req_1"}


def theirs(name: str) -> Any:
    return getattr(stripe, name, None) or getattr(stripe.error, name)


def params(cls: Any) -> list[inspect.Parameter]:
    return [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]


@pytest.mark.parametrize("name", NAMES)
def test_same_class_names_and_constructor_arguments(name: str) -> None:
    ours = params(getattr(errors, name))
    by_name = {p.name: p for p in ours}
    for index, ref in enumerate(params(theirs(name))):
        assert ref.name in by_name, f"{name} lacks {ref.name}"
        mine = by_name[ref.name]
        if ref.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            assert ours.index(mine) == index, f"{name}.{ref.name} is not at position {index}"


def build(cls: Any, name: str, positional: bool) -> Any:
    if name == "SignatureVerificationError":
        return cls("bad sig", "t=1,v1=x", "{}") if positional else cls(
            message="bad sig", sig_header="t=1,v1=x", http_body="{}")
    if name in ("CardError", "InvalidRequestError"):
        head: tuple[Any, ...] = ("Declined", "number", "card_declined")
        rest = (b'{"error": {}}', 402, JSON_BODY, HEADERS)
        return cls(*head, *rest) if positional else cls(
            message="Declined", param="number", code="card_declined", http_body=b'{"error": {}}',
            http_status=402, json_body=JSON_BODY, headers=HEADERS)
    if positional:
        return cls("Declined", b'{"error": {}}', 402, JSON_BODY, HEADERS, "card_declined")
    return cls(message="Declined", http_body=b'{"error": {}}', http_status=402, json_body=JSON_BODY,
               headers=HEADERS, code="card_declined")


ATTRS = ["user_message", "http_body", "http_status", "json_body", "headers", "code", "request_id",
         "param", "should_retry", "sig_header"]


@pytest.mark.parametrize("positional", [True, False], ids=["positional", "keywords"])
@pytest.mark.parametrize("name", NAMES)
def test_built_like_stripe_python_gives_the_same_error(name: str, positional: bool) -> None:
    ref = build(theirs(name), name, positional)
    mine = build(getattr(errors, name), name, positional)
    for attr in ATTRS:
        if hasattr(ref, attr):
            assert getattr(mine, attr) == getattr(ref, attr), attr
    assert str(mine) == str(ref)
    if ref.error is None:
        assert mine.error is None
    else:
        assert isinstance(mine.error, StripeErrorObject)
        assert mine.error.code == ref.error.code == "card_declined"
        sent = {k: v for k, v in ref.error.to_dict().items() if v is not None}  # theirs fills in None
        assert mine.error.to_dict() == sent == JSON_BODY["error"]


def test_error_object_nested_objects_are_typed_stripe_objects() -> None:
    err = CardError("Declined", "number", "card_declined", json_body=JSON_BODY)
    assert err.error is not None
    for nested in (err.error.payment_intent, err.error.payment_method, err.error.setup_intent):
        assert isinstance(nested, StripeObject)
    assert err.error.payment_intent is not None
    assert err.error.payment_intent["status"] == "requires_payment_method"


def test_connection_error_should_retry_positional_as_stripe_python() -> None:
    err = errors.APIConnectionError("reset", None, None, None, None, None, True)
    assert err.should_retry is True


def test_runtime_messages_name_request_options() -> None:
    runtime = Path(__file__).resolve().parents[2] / "generator" / "targets" / "python" / "_runtime"
    for source in runtime.glob("*.py"):
        text = source.read_text()
        assert "options={" not in text.replace("request_options={", ""), source.name


def test_error_objects_take_the_versions_models_when_the_body_fits() -> None:
    from _runtime.errors import StripeErrorObject, error_from_response, type_error_fields
    from _runtime.models import StripeObject

    class Intent(StripeObject):
        id: str
        status: str

    class ErrorObject(StripeObject):
        payment_intent: Intent | None = None

    class Envelope(StripeObject):
        error: ErrorObject

    def declined(intent: dict[str, object]) -> StripeErrorObject:
        body = {"error": {"type": "card_error", "code": "card_declined", "message": "m", "payment_intent": intent}}
        err = error_from_response(402, json.dumps(body), {})
        type_error_fields(err, Envelope)
        assert err.error is not None
        return err.error

    fits = declined({"id": "pi_1", "status": "requires_payment_method"})
    assert type(fits.payment_intent) is Intent and fits.payment_intent.status == "requires_payment_method"
    odd = declined({"id": "pi_1"})  # no status: not the model, still the object (no second exception)
    assert type(odd.payment_intent) is StripeObject and odd.payment_intent["id"] == "pi_1"
