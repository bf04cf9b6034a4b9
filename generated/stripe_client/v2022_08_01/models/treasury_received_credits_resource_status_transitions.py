# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCreditsResourceStatusTransitions(StripeObject):
    """TreasuryReceivedCreditsResourceStatusTransitions"""

    posted_at: int | None = None
    """Timestamp describing when the CreditReversal changed status to `posted`"""
