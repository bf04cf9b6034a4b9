# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryFinancialAccountEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryFinancialAccount
    """Stripe Treasury provides users with a container for money called a FinancialAccount that is separate from their Payments balance.
        FinancialAccounts serve as the source and destination of Treasury’s money movement APIs.
        """
    previous_attributes: TreasuryFinancialAccountPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_financial_account import TreasuryFinancialAccount
from .treasury_financial_account_previous_attributes import (
    TreasuryFinancialAccountPreviousAttributes,
)
