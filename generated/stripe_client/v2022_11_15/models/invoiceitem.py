# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Invoiceitem(StripeObject):
    """Sometimes you want to add a charge or credit to a customer, but actually
    charge or credit the customer's card only at the end of a regular billing
    cycle. This is useful for combining several charges (to minimize
    per-transaction fees), or for having Stripe tabulate your usage-based billing
    totals.

    Related guide: [Subscription Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).
    """

    amount: int
    """Amount (in the `currency` specified) of the invoice item. This should always be equal to `unit_amount * quantity`."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | DeletedCustomer | StripeObject
    """The ID of the customer who will be billed when this invoice item is billed."""
    date: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    discountable: bool
    """If true, discounts will apply to this invoice item. Always false for prorations."""
    discounts: list[str | Discount | StripeObject] | None = None
    """The discounts which apply to the invoice item. Item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject | None = None
    """The ID of the invoice this invoice item belongs to."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["invoiceitem"]
    """String representing the object's type. Objects of the same type share the same value."""
    period: InvoiceLineItemPeriod
    price: Price | None = None
    """The price of the invoice item."""
    proration: bool
    """Whether the invoice item was created automatically as a proration adjustment when the customer switched plans."""
    quantity: int
    """Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for."""
    subscription: str | Subscription | StripeObject | None = None
    """The subscription that this invoice item has been created for, if any."""
    subscription_item: str | None = None
    """The subscription item that this invoice item has been created for, if any."""
    tax_rates: list[TaxRate] | None = None
    """The tax rates which apply to the invoice item. When set, the `default_tax_rates` on the invoice do not apply to this invoice item."""
    test_clock: str | TestHelpersTestClock | StripeObject | None = None
    """ID of the test clock this invoice item belongs to."""
    unit_amount: int | None = None
    """Unit amount (in the `currency` specified) of the invoice item."""
    unit_amount_decimal: str | None = None
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal places."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer import Customer
from .deleted_customer import DeletedCustomer
from .discount import Discount
from .invoice import Invoice
from .invoice_line_item_period import InvoiceLineItemPeriod
from .price import Price
from .subscription import Subscription
from .tax_rate import TaxRate
from .test_helpers_test_clock import TestHelpersTestClock
