# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundTransfersResourceStatusTransitions(StripeObject):
    """TreasuryOutboundTransfersResourceStatusTransitions"""

    canceled_at: int | None = None
    """Timestamp describing when an OutboundTransfer changed status to `canceled`"""
    failed_at: int | None = None
    """Timestamp describing when an OutboundTransfer changed status to `failed`"""
    posted_at: int | None = None
    """Timestamp describing when an OutboundTransfer changed status to `posted`"""
    returned_at: int | None = None
    """Timestamp describing when an OutboundTransfer changed status to `returned`"""
