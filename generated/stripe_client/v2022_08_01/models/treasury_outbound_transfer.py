# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundTransfer(StripeObject):
    """Use OutboundTransfers to transfer funds from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) to a PaymentMethod belonging to the same entity. To send funds to a different party, use [OutboundPayments](https://stripe.com/docs/api#outbound_payments) instead. You can send funds over ACH rails or through a domestic wire transfer to a user's own external bank account.

    Simulate OutboundTransfer state changes with the `/v1/test_helpers/treasury/outbound_transfers` endpoints. These methods can only be called on test mode objects.
    """

    amount: int
    """Amount (in cents) transferred."""
    cancelable: bool
    """Returns `true` if the object can be canceled, and `false` otherwise."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    destination_payment_method: str | None = None
    """The PaymentMethod used as the payment instrument for an OutboundTransfer."""
    destination_payment_method_details: OutboundTransfersPaymentMethodDetails
    expected_arrival_date: int
    """The date when funds are expected to arrive in the destination account."""
    financial_account: str
    """The FinancialAccount that funds were pulled from."""
    hosted_regulatory_receipt_url: str | None = None
    """A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["treasury.outbound_transfer"]
    """String representing the object's type. Objects of the same type share the same value."""
    returned_details: TreasuryOutboundTransfersResourceReturnedDetails | None = None
    """Details about a returned OutboundTransfer. Only set when the status is `returned`."""
    statement_descriptor: str
    """Information about the OutboundTransfer to be sent to the recipient account."""
    status: Literal["canceled", "failed", "posted", "processing", "returned"] | str
    """Current status of the OutboundTransfer: `processing`, `failed`, `canceled`, `posted`, `returned`. An OutboundTransfer is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundTransfer has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundTransfer fails to arrive at its destination, its status will change to `returned`."""
    status_transitions: TreasuryOutboundTransfersResourceStatusTransitions
    transaction: str | TreasuryTransaction | StripeObject
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .outbound_transfers_payment_method_details import OutboundTransfersPaymentMethodDetails
from .treasury_outbound_transfers_resource_returned_details import (
    TreasuryOutboundTransfersResourceReturnedDetails,
)
from .treasury_outbound_transfers_resource_status_transitions import (
    TreasuryOutboundTransfersResourceStatusTransitions,
)
from .treasury_transaction import TreasuryTransaction
