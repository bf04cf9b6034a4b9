# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCredit(StripeObject):
    """ReceivedCredits represent funds sent to a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) (for example, via ACH or wire). These money movements are not initiated from the FinancialAccount."""

    amount: int
    """Amount (in cents) transferred."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    failure_code: Literal["account_closed", "account_frozen", "other"] | str | None = None
    """Reason for the failure. A ReceivedCredit might fail because the receiving FinancialAccount is closed or frozen."""
    financial_account: str | None = None
    """The FinancialAccount that received the funds."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    initiating_payment_method_details: (
        TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails
    )
    linked_flows: TreasuryReceivedCreditsResourceLinkedFlows
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    network: Literal["ach", "card", "stripe", "us_domestic_wire"] | str
    """The rails used to send the funds."""
    object: Literal["treasury.received_credit"]
    """String representing the object's type. Objects of the same type share the same value."""
    reversal_details: TreasuryReceivedCreditsResourceReversalDetails | None = None
    """Details describing when a ReceivedCredit may be reversed."""
    status: Literal["failed", "succeeded"] | str
    """Status of the ReceivedCredit. ReceivedCredits are created either `succeeded` (approved) or `failed` (declined). If a ReceivedCredit is declined, the failure reason can be found in the `failure_code` field."""
    transaction: str | TreasuryTransaction | StripeObject | None = None
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_received_credits_resource_linked_flows import (
    TreasuryReceivedCreditsResourceLinkedFlows,
)
from .treasury_received_credits_resource_reversal_details import (
    TreasuryReceivedCreditsResourceReversalDetails,
)
from .treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details import (
    TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
)
from .treasury_transaction import TreasuryTransaction
