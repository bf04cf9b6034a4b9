# File generated from mini.yaml (API version 2024-01-01, spec sha256 038f8cbd9c4456c2) by `python -m generator generate`.
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
    InvalidResponseError,
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
    "InvalidResponseError",
    "PermissionError",
    "RateLimitError",
    "SignatureVerificationError",
    "StripeError",
    "StripeErrorObject",
]
