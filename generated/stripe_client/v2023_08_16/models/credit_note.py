# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CreditNote(StripeObject):
    """Issue a credit note to adjust an invoice's amount after the invoice is finalized.

    Related guide: [Credit notes](https://stripe.com/docs/billing/invoices/credit-notes)
    """

    amount: int
    """The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax."""
    amount_shipping: int
    """This is the sum of all the shipping amounts."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | Customer | DeletedCustomer | StripeObject
    """ID of the customer."""
    customer_balance_transaction: str | CustomerBalanceTransaction | StripeObject | None = None
    """Customer balance transaction related to this credit note."""
    discount_amount: int
    """The integer amount in cents (or local equivalent) representing the total amount of discount that was credited."""
    discount_amounts: list[DiscountsResourceDiscountAmount]
    """The aggregate amounts calculated per discount for all line items."""
    effective_at: int | None = None
    """The date when this credit note is in effect. Same as `created` unless overwritten. When defined, this value replaces the system-generated 'Date of issue' printed on the credit note PDF."""
    id: str
    """Unique identifier for the object."""
    invoice: str | Invoice | StripeObject
    """ID of the invoice."""
    lines: CreditNoteLines
    """Line items that make up the credit note"""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    memo: str | None = None
    """Customer-facing text that appears on the credit note PDF."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    number: str
    """A unique number that identifies this particular credit note and appears on the PDF of the credit note and its associated invoice."""
    object: Literal["credit_note"]
    """String representing the object's type. Objects of the same type share the same value."""
    out_of_band_amount: int | None = None
    """Amount that was credited outside of Stripe."""
    pdf: str
    """The link to download the PDF of the credit note."""
    reason: (
        Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | str | None
    ) = None
    """Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory`"""
    refund: str | Refund | StripeObject | None = None
    """Refund related to this credit note."""
    shipping_cost: InvoicesShippingCost | None = None
    """The details of the cost of shipping, including the ShippingRate applied to the invoice."""
    status: Literal["issued", "void"] | str
    """Status of this credit note, one of `issued` or `void`. Learn more about [voiding credit notes](https://stripe.com/docs/billing/invoices/credit-notes#voiding)."""
    subtotal: int
    """The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding exclusive tax and invoice level discounts."""
    subtotal_excluding_tax: int | None = None
    """The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding all tax and invoice level discounts."""
    tax_amounts: list[CreditNoteTaxAmount]
    """The aggregate amounts calculated per tax rate for all line items."""
    total: int
    """The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax and all discount."""
    total_excluding_tax: int | None = None
    """The integer amount in cents (or local equivalent) representing the total amount of the credit note, excluding tax, but including discounts."""
    type: Literal["post_payment", "pre_payment"] | str
    """Type of this credit note, one of `pre_payment` or `post_payment`. A `pre_payment` credit note means it was issued when the invoice was open. A `post_payment` credit note means it was issued when the invoice was paid."""
    voided_at: int | None = None
    """The time that the credit note was voided."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .credit_note_lines import CreditNoteLines
from .credit_note_tax_amount import CreditNoteTaxAmount
from .customer import Customer
from .customer_balance_transaction import CustomerBalanceTransaction
from .deleted_customer import DeletedCustomer
from .discounts_resource_discount_amount import DiscountsResourceDiscountAmount
from .invoice import Invoice
from .invoices_shipping_cost import InvoicesShippingCost
from .refund import Refund
