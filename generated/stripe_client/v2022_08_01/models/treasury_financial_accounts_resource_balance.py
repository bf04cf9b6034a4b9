# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceBalance(StripeObject):
    """Balance information for the FinancialAccount"""

    cash: dict[str, int]
    """Funds the user can spend right now."""
    inbound_pending: dict[str, int]
    """Funds not spendable yet, but will become available at a later time."""
    outbound_pending: dict[str, int]
    """Funds in the account, but not spendable because they are being held for pending outbound flows."""
