# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Dispute(StripeObject):
    """A dispute occurs when a customer questions your charge with their card issuer. You are given the opportunity to respond to the dispute with evidence that shows that the charge is legitimate."""

    id: str
    """Unique identifier for the object."""
    object: Literal["dispute"]
    """String representing the object's type. Objects of the same type share the same value."""
    amount: int
    """Disputed amount. Usually the amount of the charge, but can differ."""
    charge: str | Charge | StripeObject
    """ID of the charge that was disputed."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    evidence: DisputeEvidence
    """Evidence provided to respond to a dispute (the text fields; file uploads are omitted here)."""
    evidence_details: DisputeEvidenceDetails
    is_charge_refundable: bool
    """If true, it is still possible to refund the disputed payment."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the PaymentIntent that was disputed."""
    payment_method_details: DisputePaymentMethodDetails | None = None
    reason: str
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
    )
    """Current status of dispute."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .dispute_evidence import DisputeEvidence
from .dispute_evidence_details import DisputeEvidenceDetails
from .dispute_payment_method_details import DisputePaymentMethodDetails
from .payment_intent import PaymentIntent
