# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class DisputePreviousAttributes(StripeObject):
    """The previous values of the Dispute fields that changed."""

    id: str | None = None
    """Unique identifier for the object."""
    object: Literal["dispute"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    amount: int | None = None
    """Disputed amount. Usually the amount of the charge, but can differ."""
    charge: str | dict[str, Any] | None = None
    """ID of the charge that was disputed."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter ISO currency code, in lowercase."""
    evidence: dict[str, Any] | None = None
    """Evidence provided to respond to a dispute (the text fields; file uploads are omitted here)."""
    evidence_details: dict[str, Any] | None = None
    is_charge_refundable: bool | None = None
    """If true, it is still possible to refund the disputed payment."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    payment_intent: str | dict[str, Any] | None = None
    """ID of the PaymentIntent that was disputed."""
    payment_method_details: dict[str, Any] | None = None
    reason: str | None = None
    """Reason given by cardholder for dispute. Possible values are `bank_cannot_process`, `check_returned`, `credit_not_processed`, `customer_initiated`, `debit_not_authorized`, `duplicate`, `fraudulent`, `general`, `incorrect_account_details`, `insufficient_funds`, `product_not_received`, `product_unacceptable`, `subscription_canceled`, or `unrecognized`."""
    status: (
        Literal[
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
    """Current status of dispute."""
