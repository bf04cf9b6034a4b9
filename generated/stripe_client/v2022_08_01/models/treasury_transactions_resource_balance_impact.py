# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryTransactionsResourceBalanceImpact(StripeObject):
    """Change to a FinancialAccount's balance"""

    cash: int
    """The change made to funds the user can spend right now."""
    inbound_pending: int
    """The change made to funds that are not spendable yet, but will become available at a later time."""
    outbound_pending: int
    """The change made to funds in the account, but not spendable because they are being held for pending outbound flows."""
