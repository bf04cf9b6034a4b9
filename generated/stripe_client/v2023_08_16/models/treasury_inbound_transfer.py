# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryInboundTransfer(StripeObject):
    """Use [InboundTransfers](https://stripe.com/docs/treasury/moving-money/financial-accounts/into/inbound-transfers) to add funds to your [FinancialAccount](https://stripe.com/docs/api#financial_accounts) via a PaymentMethod that is owned by you. The funds will be transferred via an ACH debit."""

    amount: int
    """Amount (in cents) transferred."""
    cancelable: bool
    """Returns `true` if the InboundTransfer is able to be canceled."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    failure_details: TreasuryInboundTransfersResourceFailureDetails | None = None
    """Details about this InboundTransfer's failure. Only set when status is `failed`."""
    financial_account: str
    """The FinancialAccount that received the funds."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    linked_flows: TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["treasury.inbound_transfer"]
    """String representing the object's type. Objects of the same type share the same value."""
    origin_payment_method: str
    """The origin payment method to be debited for an InboundTransfer."""
    origin_payment_method_details: InboundTransfers | None = None
    """Details about the PaymentMethod for an InboundTransfer."""
    returned: bool | None = None
    """Returns `true` if the funds for an InboundTransfer were returned after the InboundTransfer went to the `succeeded` state."""
    statement_descriptor: str
    """Statement descriptor shown when funds are debited from the source. Not all payment networks support `statement_descriptor`."""
    status: Literal["canceled", "failed", "processing", "succeeded"] | str
    """Status of the InboundTransfer: `processing`, `succeeded`, `failed`, and `canceled`. An InboundTransfer is `processing` if it is created and pending. The status changes to `succeeded` once the funds have been "confirmed" and a `transaction` is created and posted. The status changes to `failed` if the transfer fails."""
    status_transitions: TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions
    transaction: str | TreasuryTransaction | StripeObject | None = None
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .inbound_transfers import InboundTransfers
from .treasury_inbound_transfers_resource_failure_details import (
    TreasuryInboundTransfersResourceFailureDetails,
)
from .treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows import (
    TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
)
from .treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions import (
    TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
)
from .treasury_transaction import TreasuryTransaction
