# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions(StripeObject):
    """TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions"""

    posted_at: int | None = None
    """Timestamp describing when the Transaction changed status to `posted`."""
    void_at: int | None = None
    """Timestamp describing when the Transaction changed status to `void`."""
