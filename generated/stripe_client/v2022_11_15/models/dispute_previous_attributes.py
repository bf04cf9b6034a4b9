# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class DisputePreviousAttributes(StripeObject):
    """The previous values of the Dispute fields that changed."""

    amount: int | None = None
    """Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed)."""
    balance_transactions: list[dict[str, Any]] | None = None
    """List of zero, one, or two balance transactions that show funds withdrawn and reinstated to your Stripe account as a result of this dispute."""
    charge: str | dict[str, Any] | None = None
    """ID of the charge that was disputed."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    evidence: dict[str, Any] | None = None
    evidence_details: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    is_charge_refundable: bool | None = None
    """If true, it is still possible to refund the disputed payment. Once the payment has been fully refunded, no further funds will be withdrawn from your Stripe account as a result of this dispute."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["dispute"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    payment_intent: str | dict[str, Any] | None = None
    """ID of the PaymentIntent that was disputed."""
    reason: str | None = None
    """Reason given by cardholder for dispute. Possible values are `bank_cannot_process`, `check_returned`, `credit_not_processed`, `customer_initiated`, `debit_not_authorized`, `duplicate`, `fraudulent`, `general`, `incorrect_account_details`, `insufficient_funds`, `product_not_received`, `product_unacceptable`, `subscription_canceled`, or `unrecognized`. Read more about [dispute reasons](https://stripe.com/docs/disputes/categories)."""
    status: (
        Literal[
            "charge_refunded",
            "lost",
            "needs_response",
            "under_review",
            "warning_closed",
            "warning_needs_response",
            "warning_under_review",
            "won",
        ]
        | str
        | None
    ) = None
    """Current status of dispute. Possible values are `warning_needs_response`, `warning_under_review`, `warning_closed`, `needs_response`, `under_review`, `charge_refunded`, `won`, or `lost`."""
