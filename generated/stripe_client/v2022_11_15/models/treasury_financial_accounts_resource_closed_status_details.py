# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceClosedStatusDetails(StripeObject):
    """TreasuryFinancialAccountsResourceClosedStatusDetails"""

    reasons: list[Literal["account_rejected", "closed_by_platform", "other"] | str]
    """The array that contains reasons for a FinancialAccount closure."""
