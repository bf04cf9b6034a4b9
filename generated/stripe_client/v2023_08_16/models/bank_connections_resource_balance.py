# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BankConnectionsResourceBalance(StripeObject):
    """BankConnectionsResourceBalance"""

    as_of: int
    """The time that the external institution calculated this balance. Measured in seconds since the Unix epoch."""
    cash: BankConnectionsResourceBalanceApiResourceCashBalance | None = None
    credit: BankConnectionsResourceBalanceApiResourceCreditBalance | None = None
    current: dict[str, int]
    """The balances owed to (or by) the account holder.

        Each key is a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.

        Each value is a integer amount. A positive amount indicates money owed to the account holder. A negative amount indicates money owed by the account holder.
        """
    type: Literal["cash", "credit"] | str
    """The `type` of the balance. An additional hash is included on the balance with a name matching this value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_connections_resource_balance_api_resource_cash_balance import (
    BankConnectionsResourceBalanceApiResourceCashBalance,
)
from .bank_connections_resource_balance_api_resource_credit_balance import (
    BankConnectionsResourceBalanceApiResourceCreditBalance,
)
