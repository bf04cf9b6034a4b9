# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Dispute(StripeObject):
    """A dispute occurs when a customer questions your charge with their card issuer.
    When this happens, you're given the opportunity to respond to the dispute with
    evidence that shows that the charge is legitimate. You can find more
    information about the dispute process in our [Disputes and
    Fraud](/docs/disputes) documentation.

    Related guide: [Disputes and Fraud](https://stripe.com/docs/disputes).
    """

    amount: int
    """Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed)."""
    balance_transactions: list[BalanceTransaction]
    """List of zero, one, or two balance transactions that show funds withdrawn and reinstated to your Stripe account as a result of this dispute."""
    charge: str | Charge | StripeObject
    """ID of the charge that was disputed."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    evidence: DisputeEvidence
    evidence_details: DisputeEvidenceDetails
    id: str
    """Unique identifier for the object."""
    is_charge_refundable: bool
    """If true, it is still possible to refund the disputed payment. Once the payment has been fully refunded, no further funds will be withdrawn from your Stripe account as a result of this dispute."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["dispute"]
    """String representing the object's type. Objects of the same type share the same value."""
    payment_intent: str | PaymentIntent | StripeObject | None = None
    """ID of the PaymentIntent that was disputed."""
    reason: str
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
    )
    """Current status of dispute. Possible values are `warning_needs_response`, `warning_under_review`, `warning_closed`, `needs_response`, `under_review`, `charge_refunded`, `won`, or `lost`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .charge import Charge
from .dispute_evidence import DisputeEvidence
from .dispute_evidence_details import DisputeEvidenceDetails
from .payment_intent import PaymentIntent
