# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceAchToggleSettings(StripeObject):
    """Toggle settings for enabling/disabling an ACH specific feature"""

    requested: bool
    """Whether the FinancialAccount should have the Feature."""
    status: Literal["active", "pending", "restricted"] | str
    """Whether the Feature is operational."""
    status_details: list[TreasuryFinancialAccountsResourceTogglesSettingStatusDetails]
    """Additional details; includes at least one entry when the status is not `active`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_toggles_setting_status_details import (
    TreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
)
