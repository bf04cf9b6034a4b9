# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryCreditReversal(StripeObject):
    """You can reverse some [ReceivedCredits](https://stripe.com/docs/api#received_credits) depending on their network and source flow. Reversing a ReceivedCredit leads to the creation of a new object known as a CreditReversal."""

    amount: int
    """Amount (in cents) transferred."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    financial_account: str
    """The FinancialAccount to reverse funds from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    network: Literal["ach", "stripe"] | str
    """The rails used to reverse the funds."""
    object: Literal["treasury.credit_reversal"]
    """String representing the object's type. Objects of the same type share the same value."""
    received_credit: str
    """The ReceivedCredit being reversed."""
    status: Literal["canceled", "posted", "processing"] | str
    """Status of the CreditReversal"""
    status_transitions: TreasuryReceivedCreditsResourceStatusTransitions
    transaction: str | TreasuryTransaction | StripeObject | None = None
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_credits_resource_status_transitions import (
    TreasuryReceivedCreditsResourceStatusTransitions,
)
from .treasury_transaction import TreasuryTransaction
