# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryInboundTransferEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryInboundTransfer
    """Use [InboundTransfers](https://stripe.com/docs/treasury/moving-money/financial-accounts/into/inbound-transfers) to add funds to your [FinancialAccount](https://stripe.com/docs/api#financial_accounts) via a PaymentMethod that is owned by you. The funds will be transferred via an ACH debit."""
    previous_attributes: TreasuryInboundTransferPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_inbound_transfer import TreasuryInboundTransfer
from .treasury_inbound_transfer_previous_attributes import TreasuryInboundTransferPreviousAttributes
