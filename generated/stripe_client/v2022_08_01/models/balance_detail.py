# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BalanceDetail(StripeObject):
    """BalanceDetail"""

    available: list[BalanceAmount]
    """Funds that are available for use."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_amount import BalanceAmount
