# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Balance(StripeObject):
    """This is an object representing your Stripe balance. You can retrieve it to see
    the balance currently on your Stripe account.

    You can also retrieve the balance history, which contains a list of
    [transactions](https://stripe.com/docs/reporting/balance-transaction-types) that contributed to the balance
    (charges, payouts, and so forth).

    The available and pending amounts for each currency are broken down further by
    payment source types.

    Related guide: [Understanding Connect Account Balances](https://stripe.com/docs/connect/account-balances).
    """

    available: list[BalanceAmount]
    """Funds that are available to be transferred or paid out, whether automatically by Stripe or explicitly via the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts API](https://stripe.com/docs/api#payouts). The available balance for each currency and payment type can be found in the `source_types` property."""
    connect_reserved: list[BalanceAmount] | None = None
    """Funds held due to negative balances on connected Custom accounts. The connect reserve balance for each currency and payment type can be found in the `source_types` property."""
    instant_available: list[BalanceAmount] | None = None
    """Funds that can be paid out using Instant Payouts."""
    issuing: BalanceDetail | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["balance"]
    """String representing the object's type. Objects of the same type share the same value."""
    pending: list[BalanceAmount]
    """Funds that are not yet available in the balance, due to the 7-day rolling pay cycle. The pending balance for each currency, and for each payment type, can be found in the `source_types` property."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_amount import BalanceAmount
from .balance_detail import BalanceDetail
