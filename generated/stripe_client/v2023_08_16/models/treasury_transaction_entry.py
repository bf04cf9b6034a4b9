# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryTransactionEntry(StripeObject):
    """TransactionEntries represent individual units of money movements within a single [Transaction](https://stripe.com/docs/api#transactions)."""

    balance_impact: TreasuryTransactionsResourceBalanceImpact
    """Change to a FinancialAccount's balance"""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    effective_at: int
    """When the TransactionEntry will impact the FinancialAccount's balance."""
    financial_account: str
    """The FinancialAccount associated with this object."""
    flow: str | None = None
    """Token of the flow associated with the TransactionEntry."""
    flow_details: TreasuryTransactionsResourceFlowDetails | None = None
    """Details of the flow associated with the TransactionEntry."""
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
    """Type of the flow associated with the TransactionEntry."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["treasury.transaction_entry"]
    """String representing the object's type. Objects of the same type share the same value."""
    transaction: str | TreasuryTransaction | StripeObject
    """The Transaction associated with this object."""
    type: (
        Literal[
            "credit_reversal",
            "credit_reversal_posting",
            "debit_reversal",
            "inbound_transfer",
            "inbound_transfer_return",
            "issuing_authorization_hold",
            "issuing_authorization_release",
            "other",
            "outbound_payment",
            "outbound_payment_cancellation",
            "outbound_payment_failure",
            "outbound_payment_posting",
            "outbound_payment_return",
            "outbound_transfer",
            "outbound_transfer_cancellation",
            "outbound_transfer_failure",
            "outbound_transfer_posting",
            "outbound_transfer_return",
            "received_credit",
            "received_debit",
        ]
        | str
    )
    """The specific money movement that generated the TransactionEntry."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_transaction import TreasuryTransaction
from .treasury_transactions_resource_balance_impact import TreasuryTransactionsResourceBalanceImpact
from .treasury_transactions_resource_flow_details import TreasuryTransactionsResourceFlowDetails
