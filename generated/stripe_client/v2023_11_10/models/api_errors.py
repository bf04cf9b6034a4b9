# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ApiErrors(StripeObject):
    """The error object. `type` is the category (and selects the client's error class); `code`, `message` and `param` say what went wrong."""

    charge: str | None = None
    """For card errors, the ID of the failed charge."""
    code: str | None = None
    """For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported."""
    message: str | None = None
    """A human-readable message providing more details about the error. For card errors, these messages can be shown to your users."""
    param: str | None = None
    """If the error is parameter-specific, the parameter related to the error."""
    payment_intent: PaymentIntent | None = None
    """A PaymentIntent guides you through the process of collecting a payment from your customer. Create exactly one PaymentIntent per order or customer session."""
    payment_method: PaymentMethod | None = None
    """PaymentMethod objects represent your customer's payment instruments. You can use them with PaymentIntents to collect payments or save them to Customer objects to store instrument details for future payments."""
    setup_intent: SetupIntent | None = None
    """A SetupIntent guides you through setting up and saving a customer's payment credentials for future payments. Curated minimally: it appears here only inside error objects."""
    source: BankAccount | Card | Source | StripeObject | None = None
    """The source object for errors returned on a request involving a source."""
    type: (
        Literal[
            "api_error",
            "card_error",
            "idempotency_error",
            "invalid_request_error",
            "authentication_error",
            "permission_error",
            "rate_limit_error",
        ]
        | str
    )
    """The type of error returned."""
    decline_code: str | None = None
    """For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one."""
    doc_url: str | None = None
    """A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported."""
    request_log_url: str | None = None
    """A URL to the request log entry in your dashboard."""
    payment_method_type: str | None = None
    """If the error is specific to the type of payment method, the payment method type that had a problem. This field is only populated for invoice-related errors."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_account import BankAccount
from .card import Card
from .payment_intent import PaymentIntent
from .payment_method import PaymentMethod
from .setup_intent import SetupIntent
from .source import Source
