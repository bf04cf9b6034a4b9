# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BankConnectionsResourceBalanceApiResourceCashBalance(StripeObject):
    """BankConnectionsResourceBalanceAPIResourceCashBalance"""

    available: dict[str, int] | None = None
    """The funds available to the account holder. Typically this is the current balance less any holds.

        Each key is a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.

        Each value is a integer amount. A positive amount indicates money owed to the account holder. A negative amount indicates money owed by the account holder.
        """
