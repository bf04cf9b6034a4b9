# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountsResourceStatusDetails(StripeObject):
    """TreasuryFinancialAccountsResourceStatusDetails"""

    closed: TreasuryFinancialAccountsResourceClosedStatusDetails | None = None
    """Details related to the closure of this FinancialAccount"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_accounts_resource_closed_status_details import (
    TreasuryFinancialAccountsResourceClosedStatusDetails,
)
