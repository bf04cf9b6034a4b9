# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationRequest(StripeObject):
    """IssuingAuthorizationRequest"""

    amount: int
    """The `pending_request.amount` at the time of the request, presented in your card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Stripe held this amount from your account to fund the authorization if the request was approved."""
    amount_details: IssuingAuthorizationAmountDetails | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    approved: bool
    """Whether this request was approved."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    merchant_amount: int
    """The `pending_request.merchant_amount` at the time of the request, presented in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    merchant_currency: str
    """The currency that was collected by the merchant and presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    reason: (
        Literal[
            "account_disabled",
            "card_active",
            "card_inactive",
            "cardholder_inactive",
            "cardholder_verification_required",
            "insufficient_funds",
            "not_allowed",
            "spending_controls",
            "suspected_fraud",
            "verification_failed",
            "webhook_approved",
            "webhook_declined",
            "webhook_error",
            "webhook_timeout",
        ]
        | str
    )
    """The reason for the approval or decline."""
    reason_message: str | None = None
    """If approve/decline decision is directly responsed to the webhook with json payload and if the response is invalid (e.g., parsing errors), we surface the detailed message via this field."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_authorization_amount_details import IssuingAuthorizationAmountDetails
