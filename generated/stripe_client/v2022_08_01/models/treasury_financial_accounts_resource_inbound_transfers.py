# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceInboundTransfers(StripeObject):
    """InboundTransfers contains inbound transfers features for a FinancialAccount."""

    ach: TreasuryFinancialAccountsResourceAchToggleSettings | None = None
    """Toggle settings for enabling/disabling an ACH specific feature"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_ach_toggle_settings import (
    TreasuryFinancialAccountsResourceAchToggleSettings,
)
