# File generated from mini.yaml by `python -m generator generate`.
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
