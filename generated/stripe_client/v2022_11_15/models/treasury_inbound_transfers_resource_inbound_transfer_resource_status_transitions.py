# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions(StripeObject):
    """TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions"""

    canceled_at: int | None = None
    """Timestamp describing when an InboundTransfer changed status to `canceled`."""
    failed_at: int | None = None
    """Timestamp describing when an InboundTransfer changed status to `failed`."""
    succeeded_at: int | None = None
    """Timestamp describing when an InboundTransfer changed status to `succeeded`."""
