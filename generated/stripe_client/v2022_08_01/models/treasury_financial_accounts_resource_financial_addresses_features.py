# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceFinancialAddressesFeatures(StripeObject):
    """Settings related to Financial Addresses features on a Financial Account"""

    aba: TreasuryFinancialAccountsResourceToggleSettings | None = None
    """Toggle settings for enabling/disabling a feature"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_toggle_settings import (
    TreasuryFinancialAccountsResourceToggleSettings,
)
