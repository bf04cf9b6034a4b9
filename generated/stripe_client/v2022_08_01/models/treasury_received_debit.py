# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedDebit(StripeObject):
    """ReceivedDebits represent funds pulled from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts). These are not initiated from the FinancialAccount."""

    amount: int
    """Amount (in cents) transferred."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    failure_code: (
        Literal["account_closed", "account_frozen", "insufficient_funds", "other"] | str | None
    ) = None
    """Reason for the failure. A ReceivedDebit might fail because the FinancialAccount doesn't have sufficient funds, is closed, or is frozen."""
    financial_account: str | None = None
    """The FinancialAccount that funds were pulled from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    initiating_payment_method_details: (
        TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails | None
    ) = None
    linked_flows: TreasuryReceivedDebitsResourceLinkedFlows
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    network: Literal["ach", "card", "stripe"] | str
    """The network used for the ReceivedDebit."""
    object: Literal["treasury.received_debit"]
    """String representing the object's type. Objects of the same type share the same value."""
    reversal_details: TreasuryReceivedDebitsResourceReversalDetails | None = None
    """Details describing when a ReceivedDebit might be reversed."""
    status: Literal["failed", "succeeded"] | str
    """Status of the ReceivedDebit. ReceivedDebits are created with a status of either `succeeded` (approved) or `failed` (declined). The failure reason can be found under the `failure_code`."""
    transaction: str | TreasuryTransaction | StripeObject | None = None
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_debits_resource_linked_flows import (
    TreasuryReceivedDebitsResourceLinkedFlows,
)
from .treasury_received_debits_resource_reversal_details import (
    TreasuryReceivedDebitsResourceReversalDetails,
)
from .treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details import (
    TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
)
from .treasury_transaction import TreasuryTransaction
