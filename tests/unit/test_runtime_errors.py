"""Unit tests for _runtime.errors: error classes and mapping responses to them."""

from __future__ import annotations

import builtins
import json

import pytest

from _runtime import errors
from _runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidPayloadError,
    InvalidRequestError,
    PermissionError,
    RateLimitError,
    SignatureVerificationError,
    StripeError,
    StripeErrorObject,
    error_from_response,
)

KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def body(**err: object) -> str:
    return json.dumps({"error": err})


@pytest.mark.parametrize(
    ("err_type", "status", "cls"),
    [
        ("card_error", 402, CardError),
        ("idempotency_error", 400, IdempotencyError),
        ("invalid_request_error", 400, InvalidRequestError),
        ("invalid_request_error", 404, InvalidRequestError),
        ("authentication_error", 401, AuthenticationError),
        ("permission_error", 403, PermissionError),
        ("rate_limit_error", 429, RateLimitError),
        ("api_error", 500, APIError),
        # type wins over status
        ("card_error", 400, CardError),
        ("invalid_request_error", 500, InvalidRequestError),
    ],
)
def test_class_by_type(err_type: str, status: int, cls: type[StripeError]) -> None:
    err = error_from_response(status, body(type=err_type, message="m"), {"Request-Id": "req_1"})
    assert type(err) is cls
    assert err.http_status == status
    assert err.request_id == "req_1"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, InvalidRequestError),
        (404, InvalidRequestError),
        (401, AuthenticationError),
        (402, CardError),
        (403, PermissionError),
        (429, RateLimitError),
        (409, APIError),
        (500, APIError),
        (502, APIError),
        (503, APIError),
    ],
)
def test_class_by_status_when_type_unknown(status: int, cls: type[StripeError]) -> None:
    for err_type in (None, "some_future_error"):
        err = error_from_response(status, body(type=err_type, message="m"), {})
        assert type(err) is cls, (status, err_type)


def test_rate_limit_code_on_400() -> None:
    err = error_from_response(400, body(type="invalid_request_error", code="rate_limit", message="slow"), {})
    assert type(err) is RateLimitError


def test_card_error_fields_and_str() -> None:
    text = body(
        type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
        message="Your card was declined.",
        param="payment_method",
        doc_url="https://stripe.com/docs/error-codes/card-declined",
        charge="ch_1",
        payment_intent={"id": "pi_1", "object": "payment_intent"},
        advice_code="try_again_later",
        network_decline_code="51",
        brand_new_field={"x": 1},
    )
    err = error_from_response(402, text, {"request-id": "req_123", "Content-Type": "application/json"})
    assert isinstance(err, CardError)
    assert str(err) == "Request req_123: Your card was declined."
    assert err.message == "Your card was declined."
    assert err.code == "card_declined"
    assert err.decline_code == "insufficient_funds"
    assert err.param == "payment_method"
    assert err.http_body == text
    assert isinstance(err.json_body, dict)
    assert err.headers["Content-Type"] == "application/json"
    assert isinstance(err.error, StripeErrorObject)
    assert err.error.payment_intent is not None
    assert err.error.payment_intent["id"] == "pi_1"
    assert err.error.payment_intent.to_dict() == {"id": "pi_1", "object": "payment_intent"}
    assert err.error.advice_code == "try_again_later"
    assert err.error.network_decline_code == "51"
    assert err.error.model_extra == {"brand_new_field": {"x": 1}}
    assert repr(err) == "CardError(message='Your card was declined.', http_status=402, request_id='req_123')"


def test_error_object_with_unexpected_shapes_does_not_crash() -> None:
    err = error_from_response(402, body(type="card_error", message="declined", payment_intent="pi_1"), {})
    assert isinstance(err, CardError)
    assert err.message == "declined"


def test_str_without_request_id() -> None:
    assert str(InvalidRequestError("No such customer")) == "No such customer"
    assert str(StripeError()) == "<empty message>"


@pytest.mark.parametrize("status", [400, 404, 500, 502])
def test_non_json_body_is_api_error_with_excerpt(status: int) -> None:
    html = "<html><body>" + "Bad gateway " * 100 + "</body></html>"
    err = error_from_response(status, html, {"Request-Id": "req_9"})
    assert type(err) is APIError
    assert err.http_status == status
    assert f"HTTP {status}" in str(err)
    assert "not JSON" in str(err)
    assert "<html><body>Bad gateway" in str(err)
    assert len(str(err)) < 400
    assert err.http_body == html


def test_empty_body() -> None:
    err = error_from_response(503, "", {})
    assert type(err) is APIError
    assert "HTTP 503" in str(err) and "empty body" in str(err)


def test_json_without_error_key() -> None:
    err = error_from_response(400, json.dumps({"detail": "nope"}), {})
    assert type(err) is APIError
    assert "HTTP 400" in str(err) and "no 'error' object" in str(err) and "nope" in str(err)
    assert err.json_body == {"detail": "nope"}


def test_error_without_message() -> None:
    err = error_from_response(500, body(type="api_error"), {})
    assert type(err) is APIError
    assert "HTTP 500" in str(err)


def test_oauth_error_shape() -> None:
    err = error_from_response(
        400, json.dumps({"error": "invalid_grant", "error_description": "Authorization code expired"}), {}
    )
    assert type(err) is InvalidRequestError
    assert err.code == "invalid_grant"
    assert err.message == "Authorization code expired"


def test_api_key_never_in_message_str_repr() -> None:
    text = body(type="authentication_error", message=f"Invalid API Key provided: {KEY}")
    err = error_from_response(401, text, {})
    for shown in (str(err), repr(err), err.message or "", str(err.args)):
        assert KEY not in shown
    assert "sk_test_***" in str(err)
    err2 = error_from_response(502, f"proxy echoed Authorization: Bearer {KEY}", {})
    assert KEY not in str(err2) and KEY not in repr(err2)


def test_card_number_redacted_from_message() -> None:
    err = error_from_response(400, body(type="invalid_request_error", message="bad number 4242424242424242"), {})
    assert "4242424242424242" not in str(err)


def test_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (CardError, InvalidRequestError, AuthenticationError, PermissionError, RateLimitError,
                IdempotencyError, APIError, APIConnectionError, SignatureVerificationError, InvalidPayloadError):
        assert issubclass(cls, StripeError)
    assert issubclass(InvalidPayloadError, ValueError)
    assert errors.PermissionError is not builtins.PermissionError


def test_signature_verification_error() -> None:
    err = SignatureVerificationError("No signatures found", "t=1,v1=abc")
    assert err.sig_header == "t=1,v1=abc"
    assert str(err) == "No signatures found"


def test_connection_error_should_retry() -> None:
    assert APITimeoutError("t", should_retry=True).should_retry is True
    assert APIConnectionError("c").should_retry is False
