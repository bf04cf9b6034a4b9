# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxCalculationLineItem(StripeObject):
    """TaxProductResourceTaxCalculationLineItem"""

    amount: int
    """The line item amount in integer cents. If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount."""
    amount_tax: int
    """The amount of tax calculated for this line item, in integer cents."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["tax.calculation_line_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    product: str | None = None
    """The ID of an existing [Product](https://stripe.com/docs/api/products/object)."""
    quantity: int
    """The number of units of the item being purchased. For reversals, this is the quantity reversed."""
    reference: str | None = None
    """A custom identifier for this line item."""
    tax_behavior: Literal["exclusive", "inclusive"] | str
    """Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes."""
    tax_breakdown: list[TaxProductResourceLineItemTaxBreakdown] | None = None
    """Detailed account of taxes relevant to this line item."""
    tax_code: str
    """The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for this resource."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_line_item_tax_breakdown import TaxProductResourceLineItemTaxBreakdown
