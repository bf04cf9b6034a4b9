# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerBalanceTransaction(StripeObject):
    """Each customer has a [`balance`](https://stripe.com/docs/api/customers/object#customer_object-balance) value,
    which denotes a debit or credit that's automatically applied to their next invoice upon finalization.
    You may modify the value directly by using the [update customer API](https://stripe.com/docs/api/customers/update),
    or by creating a Customer Balance Transaction, which increments or decrements the customer's `balance` by the specified `amount`.

    Related guide: [Customer Balance](https://stripe.com/docs/billing/customer/balance) to learn more.
    """

    amount: int
    """The amount of the transaction. A negative value is a credit for the customer's balance, and a positive value is a debit to the customer's `balance`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    credit_note: str | CreditNote | StripeObject | None = None
    """The ID of the credit note (if any) related to the transaction."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | StripeObject
    """The ID of the customer the transaction belongs to."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    ending_balance: int
    """The customer's `balance` after the transaction was applied. A negative value decreases the amount due on the customer's next invoice. A positive value increases the amount due on the customer's next invoice."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject | None = None
    """The ID of the invoice (if any) related to the transaction."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["customer_balance_transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    type: (
        Literal[
            "adjustment",
            "applied_to_invoice",
            "credit_note",
            "initial",
            "invoice_too_large",
            "invoice_too_small",
            "migration",
            "unapplied_from_invoice",
            "unspent_receiver_credit",
        ]
        | str
    )
    """Transaction type: `adjustment`, `applied_to_invoice`, `credit_note`, `initial`, `invoice_too_large`, `invoice_too_small`, `unspent_receiver_credit`, or `unapplied_from_invoice`. See the [Customer Balance page](https://stripe.com/docs/billing/customer/balance#types) to learn more about transaction types."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .credit_note import CreditNote
from .customer import Customer
from .invoice import Invoice
