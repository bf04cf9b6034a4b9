# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryDebitReversal(StripeObject):
    """You can reverse some [ReceivedDebits](https://stripe.com/docs/api#received_debits) depending on their network and source flow. Reversing a ReceivedDebit leads to the creation of a new object known as a DebitReversal."""

    amount: int
    """Amount (in cents) transferred."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    financial_account: str | None = None
    """The FinancialAccount to reverse funds from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    linked_flows: TreasuryReceivedDebitsResourceDebitReversalLinkedFlows | None = None
    """Other flows linked to a DebitReversal."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    network: Literal["ach", "card"] | str
    """The rails used to reverse the funds."""
    object: Literal["treasury.debit_reversal"]
    """String representing the object's type. Objects of the same type share the same value."""
    received_debit: str
    """The ReceivedDebit being reversed."""
    status: Literal["failed", "processing", "succeeded"] | str
    """Status of the DebitReversal"""
    status_transitions: TreasuryReceivedDebitsResourceStatusTransitions
    transaction: str | TreasuryTransaction | StripeObject | None = None
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_debits_resource_debit_reversal_linked_flows import (
    TreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
)
from .treasury_received_debits_resource_status_transitions import (
    TreasuryReceivedDebitsResourceStatusTransitions,
)
from .treasury_transaction import TreasuryTransaction
