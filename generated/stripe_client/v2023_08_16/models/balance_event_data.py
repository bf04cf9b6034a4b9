# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BalanceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Balance
    """This is an object representing your Stripe balance. You can retrieve it to see
        the balance currently on your Stripe account.

        You can also retrieve the balance history, which contains a list of
        [transactions](https://stripe.com/docs/reporting/balance-transaction-types) that contributed to the balance
        (charges, payouts, and so forth).

        The available and pending amounts for each currency are broken down further by
        payment source types.

        Related guide: [Understanding Connect account balances](https://stripe.com/docs/connect/account-balances)
        """
    previous_attributes: BalancePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance import Balance
from .balance_previous_attributes import BalancePreviousAttributes
