# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows(StripeObject):
    """TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows"""

    received_debit: str | None = None
    """If funds for this flow were returned after the flow went to the `succeeded` state, this field contains a reference to the ReceivedDebit return."""
