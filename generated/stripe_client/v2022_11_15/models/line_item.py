# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class LineItem(StripeObject):
    """InvoiceLineItem"""

    amount: int
    """The amount, in %s."""
    amount_excluding_tax: int | None = None
    """The integer amount in %s representing the amount for this line item, excluding all tax and discounts."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    discount_amounts: list[DiscountsResourceDiscountAmount] | None = None
    """The amount of discount calculated per discount for this line item."""
    discountable: bool
    """If true, discounts will apply to this line item. Always false for prorations."""
    discounts: list[str | Discount | StripeObject] | None = None
    """The discounts applied to the invoice line item. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount."""
    id: str
    """Unique identifier for the object."""
    invoice_item: str | None = None
    """The ID of the [invoice item](https://stripe.com/docs/api/invoiceitems) associated with this line item if any."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Note that for line items with `type=subscription` this will reflect the metadata of the subscription that caused the line item to be created."""
    object: Literal["line_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    period: InvoiceLineItemPeriod
    price: Price | None = None
    """The price of the line item."""
    proration: bool
    """Whether this is a proration."""
    proration_details: InvoicesLineItemsProrationDetails | None = None
    """Additional details for proration line items"""
    quantity: int | None = None
    """The quantity of the subscription, if the line item is a subscription or a proration."""
    subscription: str | None = None
    """The subscription that the invoice item pertains to, if any."""
    subscription_item: str | None = None
    """The subscription item that generated this invoice item. Left empty if the line item is not an explicit result of a subscription."""
    tax_amounts: list[InvoiceTaxAmount] | None = None
    """The amount of tax calculated per tax rate for this line item"""
    tax_rates: list[TaxRate] | None = None
    """The tax rates which apply to the line item."""
    type: Literal["invoiceitem", "subscription"] | str
    """A string identifying the type of the source of this line item, either an `invoiceitem` or a `subscription`."""
    unit_amount_excluding_tax: str | None = None
    """The amount in %s representing the unit amount for this line item, excluding all tax and discounts."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .discount import Discount
from .discounts_resource_discount_amount import DiscountsResourceDiscountAmount
from .invoice_line_item_period import InvoiceLineItemPeriod
from .invoice_tax_amount import InvoiceTaxAmount
from .invoices_line_items_proration_details import InvoicesLineItemsProrationDetails
from .price import Price
from .tax_rate import TaxRate
