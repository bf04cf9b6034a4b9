# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CreditNoteLineItem(StripeObject):
    """CreditNoteLineItem"""

    amount: int
    """The integer amount in %s representing the gross amount being credited for this line item, excluding (exclusive) tax and discounts."""
    amount_excluding_tax: int | None = None
    """The integer amount in %s representing the amount being credited for this line item, excluding all tax and discounts."""
    description: str | None = None
    """Description of the item being credited."""
    discount_amount: int
    """The integer amount in %s representing the discount being credited for this line item."""
    discount_amounts: list[DiscountsResourceDiscountAmount]
    """The amount of discount calculated per discount for this line item"""
    id: str
    """Unique identifier for the object."""
    invoice_line_item: str | None = None
    """ID of the invoice line item being credited"""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["credit_note_line_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    quantity: int | None = None
    """The number of units of product being credited."""
    tax_amounts: list[CreditNoteTaxAmount]
    """The amount of tax calculated per tax rate for this line item"""
    tax_rates: list[TaxRate]
    """The tax rates which apply to the line item."""
    type: Literal["custom_line_item", "invoice_line_item"] | str
    """The type of the credit note line item, one of `invoice_line_item` or `custom_line_item`. When the type is `invoice_line_item` there is an additional `invoice_line_item` property on the resource the value of which is the id of the credited line item on the invoice."""
    unit_amount: int | None = None
    """The cost of each unit of product being credited."""
    unit_amount_decimal: str | None = None
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal places."""
    unit_amount_excluding_tax: str | None = None
    """The amount in %s representing the unit amount being credited for this line item, excluding all tax and discounts."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .credit_note_tax_amount import CreditNoteTaxAmount
from .discounts_resource_discount_amount import DiscountsResourceDiscountAmount
from .tax_rate import TaxRate
