"""Stripe-shaped API errors: an exception the handlers raise and the HTTP layer renders."""

from __future__ import annotations

from typing import Any

STATUS_BY_TYPE = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "card_error": 402,
    "permission_error": 403,
    "idempotency_error": 400,
    "rate_limit_error": 429,
    "api_error": 500,
}


class ApiError(Exception):
    """An error answered as `{"error": {"type", "code", "message", "param"}}`."""

    def __init__(
        self,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.status = status or STATUS_BY_TYPE.get(type, 400)
        self.headers = headers or {}
        self.extra = extra or {}  # more fields of the error object: decline_code, charge, payment_intent...

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
        if self.param:
            error["param"] = self.param
        error.update(self.extra)
        return {"error": error}


# Stripe names a few types by their class in "No such ..." messages.
STRIPE_NAMES = {"payment_method": "PaymentMethod", "setup_intent": "setupintent", "token": "token"}


def missing(param: str) -> ApiError:
    return ApiError(f"Missing required param: {param}.", code="parameter_missing", param=param)


def unknown(param: str) -> ApiError:
    return ApiError(f"Received unknown parameter: {param}", code="parameter_unknown", param=param)


def no_such(object_type: str, object_id: str, param: str | None, status: int = 404) -> ApiError:
    """A missing object: 404 when the path names it, 400 when a body parameter does (as Stripe answers)."""
    return ApiError(
        f"No such {STRIPE_NAMES.get(object_type, object_type)}: '{object_id}'",
        code="resource_missing",
        param=param,
        status=status,
    )
