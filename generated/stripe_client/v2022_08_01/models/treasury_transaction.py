# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryTransaction(StripeObject):
    """Transactions represent changes to a [FinancialAccount's](https://stripe.com/docs/api#financial_accounts) balance."""

    amount: int
    """Amount (in cents) transferred."""
    balance_impact: TreasuryTransactionsResourceBalanceImpact
    """Change to a FinancialAccount's balance"""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    entries: TreasuryTransactionEntries | None = None
    """A list of TransactionEntries that are part of this Transaction. This cannot be expanded in any list endpoints."""
    financial_account: str
    """The FinancialAccount associated with this object."""
    flow: str | None = None
    """ID of the flow that created the Transaction."""
    flow_details: TreasuryTransactionsResourceFlowDetails | None = None
    """Details of the flow that created the Transaction."""
    flow_type: (
        Literal[
            "credit_reversal",
            "debit_reversal",
            "inbound_transfer",
            "issuing_authorization",
            "other",
            "outbound_payment",
            "outbound_transfer",
            "received_credit",
            "received_debit",
        ]
        | str
    )
    """Type of the flow that created the Transaction."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["treasury.transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["open", "posted", "void"] | str
    """Status of the Transaction."""
    status_transitions: TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_transaction_entries import TreasuryTransactionEntries
from .treasury_transactions_resource_abstract_transaction_resource_status_transitions import (
    TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
)
from .treasury_transactions_resource_balance_impact import TreasuryTransactionsResourceBalanceImpact
from .treasury_transactions_resource_flow_details import TreasuryTransactionsResourceFlowDetails
