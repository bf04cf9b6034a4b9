# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft(StripeObject):
    """CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft"""

    balance_transaction: str | BalanceTransaction | StripeObject
    """The [Balance Transaction](docs/api/balance_transactions/object) that corresponds to funds taken out of your Stripe balance."""
    linked_transaction: str | CustomerCashBalanceTransaction | StripeObject
    """The [Cash Balance Transaction](https://stripe.com/docs/api/cash_balance_transactions/object) that brought the customer balance negative, triggering the clawback of funds."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .customer_cash_balance_transaction import CustomerCashBalanceTransaction
