# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceOutboundTransfers(StripeObject):
    """OutboundTransfers contains outbound transfers features for a FinancialAccount."""

    ach: TreasuryFinancialAccountsResourceAchToggleSettings | None = None
    """Toggle settings for enabling/disabling an ACH specific feature"""
    us_domestic_wire: TreasuryFinancialAccountsResourceToggleSettings | None = None
    """Toggle settings for enabling/disabling a feature"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_ach_toggle_settings import (
    TreasuryFinancialAccountsResourceAchToggleSettings,
)
from .treasury_financial_accounts_resource_toggle_settings import (
    TreasuryFinancialAccountsResourceToggleSettings,
)
