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
    ):
        super().__init__(message)
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.status = status or STATUS_BY_TYPE.get(type, 400)
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
        if self.param:
            error["param"] = self.param
        return {"error": error}


def missing(param: str) -> ApiError:
    return ApiError(f"Missing required param: {param}.", code="parameter_missing", param=param)


def unknown(param: str) -> ApiError:
    return ApiError(f"Received unknown parameter: {param}", code="parameter_unknown", param=param)


def no_such(object_type: str, object_id: str, param: str | None) -> ApiError:
    return ApiError(
        f"No such {object_type}: '{object_id}'",
        code="resource_missing",
        param=param,
        status=404,
    )
