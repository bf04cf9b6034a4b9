# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerCashBalanceTransaction(StripeObject):
    """Customers with certain payments enabled have a cash balance, representing funds that were paid
    by the customer to a merchant, but have not yet been allocated to a payment. Cash Balance Transactions
    represent when funds are moved into or out of this balance. This includes funding by the customer, allocation
    to payments, and refunds to the customer.
    """

    applied_to_payment: (
        CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction | None
    ) = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | StripeObject
    """The customer whose available cash balance changed as a result of this transaction."""
    ending_balance: int
    """The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    funded: CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction | None = None
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    net_amount: int
    """The amount by which the cash balance changed, represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). A positive value represents funds being added to the cash balance, a negative value represents funds being removed from the cash balance."""
    object: Literal["customer_cash_balance_transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    refunded_from_payment: (
        CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction | None
    ) = None
    type: (
        Literal[
            "applied_to_payment",
            "funded",
            "refunded_from_payment",
            "return_canceled",
            "return_initiated",
            "unapplied_from_payment",
        ]
        | str
    )
    """The type of the cash balance transaction. One of `applied_to_payment`, `unapplied_from_payment`, `refunded_from_payment`, `funded`, `return_initiated`, or `return_canceled`. New types may be added in future. See [Customer Balance](https://stripe.com/docs/payments/customer-balance#types) to learn more about these types."""
    unapplied_from_payment: (
        CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction | None
    ) = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer import Customer
from .customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction import (
    CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
)
from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction import (
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
)
from .customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction import (
    CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
)
from .customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction import (
    CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
)
