# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""The exceptions every call may raise, as in stripe-python: catch `StripeError` for all of them."""

from ._runtime.errors import (
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
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InvalidPayloadError",
    "InvalidRequestError",
    "PermissionError",
    "RateLimitError",
    "SignatureVerificationError",
    "StripeError",
    "StripeErrorObject",
]
