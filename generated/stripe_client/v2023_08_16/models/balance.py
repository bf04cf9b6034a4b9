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

    Related guide: [Understanding Connect account balances](https://stripe.com/docs/connect/account-balances)
    """

    available: list[BalanceAmount]
    """Available funds that you can transfer or pay out automatically by Stripe or explicitly through the [Transfers API](https://stripe.com/docs/api#transfers) or [Payouts API](https://stripe.com/docs/api#payouts). You can find the available balance for each currency and payment type in the `source_types` property."""
    connect_reserved: list[BalanceAmount] | None = None
    """Funds held due to negative balances on connected Custom accounts. You can find the connect reserve balance for each currency and payment type in the `source_types` property."""
    instant_available: list[BalanceAmount] | None = None
    """Funds that you can pay out using Instant Payouts."""
    issuing: BalanceDetail | None = None
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["balance"]
    """String representing the object's type. Objects of the same type share the same value."""
    pending: list[BalanceAmount]
    """Funds that aren't available in the balance yet. You can find the pending balance for each currency and each payment type in the `source_types` property."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_amount import BalanceAmount
from .balance_detail import BalanceDetail
