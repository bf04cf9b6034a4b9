# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerBalanceCustomerBalanceSettings(StripeObject):
    """CustomerBalanceCustomerBalanceSettings"""

    reconciliation_mode: Literal["automatic", "manual"] | str
    """The configuration for how funds that land in the customer cash balance are reconciled."""
