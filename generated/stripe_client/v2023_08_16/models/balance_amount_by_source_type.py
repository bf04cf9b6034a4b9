# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BalanceAmountBySourceType(StripeObject):
    """BalanceAmountBySourceType"""

    bank_account: int | None = None
    """Amount for bank account."""
    card: int | None = None
    """Amount for card."""
    fpx: int | None = None
    """Amount for FPX."""
