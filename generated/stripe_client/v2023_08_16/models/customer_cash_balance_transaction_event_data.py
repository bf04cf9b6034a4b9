# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerCashBalanceTransactionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: CustomerCashBalanceTransaction
    """Customers with certain payments enabled have a cash balance, representing funds that were paid
        by the customer to a merchant, but have not yet been allocated to a payment. Cash Balance Transactions
        represent when funds are moved into or out of this balance. This includes funding by the customer, allocation
        to payments, and refunds to the customer.
        """
    previous_attributes: CustomerCashBalanceTransactionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_cash_balance_transaction import CustomerCashBalanceTransaction
from .customer_cash_balance_transaction_previous_attributes import (
    CustomerCashBalanceTransactionPreviousAttributes,
)
