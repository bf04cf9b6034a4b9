# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BalanceAmount(StripeObject):
    """BalanceAmount"""

    amount: int
    """Balance amount."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    source_types: BalanceAmountBySourceType | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_amount_by_source_type import BalanceAmountBySourceType
