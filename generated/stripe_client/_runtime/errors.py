# File copied from the generator's runtime (errors.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Typed Stripe errors, and the mapping from an HTTP error response to the right error class.

The class hierarchy and the choice of class follow stripe-python, so code written against
``stripe.error`` / ``stripe.CardError`` ports over unchanged; so do the constructors (same
positional and keyword arguments, e.g. ``CardError(message, param, code, http_body=...,
json_body=...)``), so test doubles written for stripe-python build the same error.  Messages,
``str()`` and ``repr()`` are passed through :func:`redact`, so they never contain an API key or a
card number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from .models import StripeObject
from .redact import redact

__all__ = [
    "StripeErrorObject",
    "StripeError",
    "CardError",
    "InvalidRequestError",
    "AuthenticationError",
    "PermissionError",
    "RateLimitError",
    "IdempotencyError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidResponseError",
    "SignatureVerificationError",
    "InvalidPayloadError",
    "error_from_response",
    "type_error_fields",
]

_EXCERPT = 200
# Bounded, so one huge word is not copied whole either (the excerpt stops after it anyway).
_WORD = re.compile(r"\S{1,%d}" % (_EXCERPT + 1))


class StripeErrorObject(StripeObject):
    """The ``error`` object of a Stripe error response; every field optional, extras kept.

    ``payment_intent``, ``payment_method``, ``setup_intent`` and ``source`` hold the models of the
    client's API version when the body fits them (a ``PaymentIntent`` of that version's
    ``models``); they are annotated :class:`StripeObject`, as the errors are shared by every version,
    so narrow with ``isinstance(err.error.payment_intent, PaymentIntent)`` for typed access.
    """

    type: str | None = None
    code: str | None = None
    decline_code: str | None = None
    message: str | None = None
    param: str | None = None
    doc_url: str | None = None
    request_log_url: str | None = None
    charge: str | None = None
    payment_intent: StripeObject | None = None
    payment_method: StripeObject | None = None
    payment_method_type: str | None = None
    setup_intent: StripeObject | None = None
    source: StripeObject | None = None
    advice_code: str | None = None
    network_decline_code: str | None = None


class StripeError(Exception):
    """Base class of every error raised by the client."""

    message: str | None
    http_status: int | None
    code: str | None
    param: str | None
    decline_code: str | None
    request_id: str | None
    error: StripeErrorObject | None
    headers: Mapping[str, str]
    json_body: object
    http_body: str | None
    #: The ``Idempotency-Key`` the request was sent with (set by the client on the errors it
    #: raises): retrying with the same key cannot perform the request twice.
    idempotency_key: str | None = None

    def __init__(
        self,
        message: str | None = None,
        http_body: str | bytes | None = None,
        http_status: int | None = None,
        json_body: object = None,
        headers: Mapping[str, str] | None = None,
        code: str | None = None,
        *,
        param: str | None = None,
        decline_code: str | None = None,
        request_id: str | None = None,
        error: StripeErrorObject | None = None,
    ) -> None:
        safe = redact(message) if message is not None else None
        super().__init__(safe)
        self.message = safe
        self.http_body = _body_text(http_body)
        self.http_status = http_status
        self.json_body = json_body
        self.headers = headers if headers is not None else {}
        if error is None:  # as stripe-python: a test double's json_body gives e.error
            error = _error_object(json_body)
        self.error = error
        self.code = code if code is not None else (error.code if error else None)
        self.param = param if param is not None else (error.param if error else None)
        self.decline_code = (
            decline_code if decline_code is not None else (error.decline_code if error else None)
        )
        self.request_id = request_id if request_id is not None else _header(self.headers, "request-id")

    @property
    def user_message(self) -> str | None:
        return self.message

    def __str__(self) -> str:
        msg = self.message or "<empty message>"
        if self.request_id is not None:
            return f"Request {self.request_id}: {msg}"
        return msg

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, http_status={self.http_status!r}, "
            f"request_id={self.request_id!r})"
        )


class _ParamCodeError(StripeError):
    """An error whose constructor takes ``(message, param, code, ...)``, as in stripe-python."""

    def __init__(
        self,
        message: str | None = None,
        param: str | None = None,
        code: str | None = None,
        http_body: str | bytes | None = None,
        http_status: int | None = None,
        json_body: object = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, http_body, http_status, json_body, headers, code, param=param, **kwargs)


class CardError(_ParamCodeError):
    """The card was declined or could not be charged (``card_error``, HTTP 402)."""


class InvalidRequestError(_ParamCodeError):
    """Invalid parameters or an unknown object (``invalid_request_error``, HTTP 400/404)."""


class AuthenticationError(StripeError):
    """Missing or invalid API key (HTTP 401)."""


class PermissionError(StripeError):  # noqa: A001 - same name as stripe-python
    """The key lacks permission for this request (HTTP 403)."""


class RateLimitError(StripeError):
    """Too many requests (HTTP 429, or ``code=rate_limit``)."""


class IdempotencyError(StripeError):
    """An idempotency key was reused with different parameters (``idempotency_error``)."""


class APIError(StripeError):
    """Stripe's servers failed, or answered with something that is not a Stripe response."""


class APIConnectionError(StripeError):
    """The request never got an HTTP response (DNS, refused connection, reset, TLS...)."""

    should_retry: bool

    def __init__(
        self,
        message: str | None = None,
        http_body: str | bytes | None = None,
        http_status: int | None = None,
        json_body: object = None,
        headers: Mapping[str, str] | None = None,
        code: str | None = None,
        should_retry: bool = False,
        idempotency_key: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, http_body, http_status, json_body, headers, code, **kwargs)
        self.should_retry = should_retry
        self.idempotency_key = idempotency_key


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout, or the call's total_timeout)."""


class InvalidResponseError(APIError):
    """A 2xx response that could not be decoded or does not fit the expected model.

    Stripe processed the request: retrying it with a *new* idempotency key could create a second
    object.  Retry (if at all) with :attr:`idempotency_key`.  :attr:`raw` is the JSON body (None
    if it is not JSON) and :attr:`object` the body parsed leniently (unvalidated), when it is a
    JSON object.
    """

    raw: Any
    object: Any

    def __init__(
        self,
        message: str,
        *,
        http_body: str | None = None,
        http_status: int | None = None,
        headers: Mapping[str, str] | None = None,
        raw: Any = None,
        object: Any = None,  # noqa: A002 - the name stripe-python users expect for a resource
        idempotency_key: str | None = None,
    ) -> None:
        super().__init__(message, http_body, http_status, raw, headers)
        self.raw = raw
        self.object = object
        self.idempotency_key = idempotency_key


class SignatureVerificationError(StripeError):
    """A webhook's ``Stripe-Signature`` did not verify."""

    sig_header: str | None

    def __init__(self, message: str, sig_header: str | None, http_body: str | None = None) -> None:
        super().__init__(message, http_body)
        self.sig_header = sig_header


class InvalidPayloadError(StripeError, ValueError):
    """A webhook payload that verified but is not a JSON object (also a ``ValueError``)."""


def _body_text(body: str | bytes | None) -> str | None:
    if isinstance(body, bytes):
        return body.decode("utf-8", errors="replace")
    return body


def _error_object(json_body: object) -> StripeErrorObject | None:
    raw = json_body.get("error") if isinstance(json_body, dict) else None
    if not isinstance(raw, dict):
        return None
    try:
        return StripeErrorObject.model_validate(raw)
    except ValidationError:  # a field of an unexpected type: keep the values as sent
        return StripeErrorObject.model_construct(**{str(k): v for k, v in raw.items()})


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    lname = name.lower()
    for key, val in headers.items():
        if key.lower() == lname:
            return val
    return None


def _excerpt(text: str) -> str:
    """The start of ``text`` with whitespace collapsed, at most ``_EXCERPT`` characters."""
    words: list[str] = []
    size = 0
    # Walk words lazily: splitting a 50 MB body to show 200 characters costs seconds and GBs.
    for match in _WORD.finditer(text):
        words.append(match.group())
        size += len(match.group()) + 1
        if size > _EXCERPT:
            break
    flat = " ".join(words)
    if size > _EXCERPT:
        flat = flat[:_EXCERPT] + "..."
    return redact(flat)


_BY_TYPE: dict[str, type[StripeError]] = {
    "card_error": CardError,
    "idempotency_error": IdempotencyError,
    "invalid_request_error": InvalidRequestError,
    "authentication_error": AuthenticationError,
    "permission_error": PermissionError,
    "rate_limit_error": RateLimitError,
    "api_error": APIError,
}

_BY_STATUS: dict[int, type[StripeError]] = {
    400: InvalidRequestError,
    404: InvalidRequestError,
    401: AuthenticationError,
    402: CardError,
    403: PermissionError,
    429: RateLimitError,
}


def _error_class(status: int, err_type: str | None, code: str | None) -> type[StripeError]:
    if code == "rate_limit":  # stripe-python: a 400 with code rate_limit is a RateLimitError
        return RateLimitError
    if err_type is not None and err_type in _BY_TYPE:
        return _BY_TYPE[err_type]
    return _BY_STATUS.get(status, APIError)


_TYPED_FIELDS = ("payment_intent", "payment_method", "setup_intent", "source")


def type_error_fields(err: StripeError, envelope: type[BaseModel]) -> None:
    """Give ``err.error``'s objects (``payment_intent``, ``payment_method``, ``setup_intent``,
    ``source``) the models of the client's API version, parsed from the body with ``envelope`` (the
    version's error response model, whose ``error`` field is the error object). A body that does not
    fit those models leaves them generic :class:`StripeObject` (never an exception on top of the
    error): ``isinstance(err.error.payment_intent, PaymentIntent)`` tells which."""
    obj = err.error
    if obj is None or not isinstance(err.json_body, dict):
        return
    try:
        typed = envelope.model_validate(err.json_body)
    except ValidationError:
        return
    inner = getattr(typed, "error", None)
    for name in _TYPED_FIELDS:
        value = getattr(inner, name, None)
        if isinstance(value, StripeObject):
            setattr(obj, name, value)


def error_from_response(
    status: int, body_text: str | None, headers: Mapping[str, str], api_name: str = "Stripe"
) -> StripeError:
    """Build the :class:`StripeError` subclass that stripe-python would raise for this response."""
    request_id = _header(headers, "request-id")
    text = body_text or ""
    try:
        body: object = json.loads(text) if text else None
    except ValueError:
        return APIError(
            f"Invalid response from {api_name} (HTTP {status}, body is not JSON): {_excerpt(text) or '<empty body>'}",
            text,
            status,
            None,
            headers,
            request_id=request_id,
        )
    raw = body.get("error") if isinstance(body, dict) else None
    err = _error_object(body)
    if err is not None:
        message = err.message if isinstance(err.message, str) and err.message else None
        if message is None:
            message = f"{api_name} returned HTTP {status} ({err.type or 'error'}) without a message"
        cls = _error_class(status, err.type if isinstance(err.type, str) else None, err.code)
        return cls(
            message, http_body=text, http_status=status, json_body=body, headers=headers,
            request_id=request_id, error=err,
        )
    if isinstance(raw, str) and isinstance(body, dict):
        # OAuth endpoints (connect.stripe.com) answer {"error": "invalid_grant", "error_description": ...}
        desc = body.get("error_description")
        message = desc if isinstance(desc, str) and desc else f"OAuth error: {raw}"
        cls = _BY_STATUS.get(status, APIError)
        return cls(
            message, http_body=text, http_status=status, json_body=body, headers=headers, code=raw,
            request_id=request_id,
        )
    return APIError(
        f"Unexpected error response from {api_name} (HTTP {status}, no 'error' object): "
        f"{_excerpt(text) or '<empty body>'}",
        text,
        status,
        body,
        headers,
        request_id=request_id,
    )
