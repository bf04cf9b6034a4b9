# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Item(StripeObject):
    """A line item."""

    amount_discount: int
    """Total discount amount applied. If no discounts were applied, defaults to 0."""
    amount_subtotal: int
    """Total before any discounts or taxes are applied."""
    amount_tax: int
    """Total tax amount applied. If no tax was applied, defaults to 0."""
    amount_total: int
    """Total after discounts and taxes."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users. Defaults to product name."""
    discounts: list[LineItemsDiscountAmount] | None = None
    """The discounts applied to the line item."""
    id: str
    """Unique identifier for the object."""
    object: Literal["item"]
    """String representing the object's type. Objects of the same type share the same value."""
    price: Price | None = None
    """The price used to generate the line item."""
    quantity: int | None = None
    """The quantity of products being purchased."""
    taxes: list[LineItemsTaxAmount] | None = None
    """The taxes applied to the line item."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .line_items_discount_amount import LineItemsDiscountAmount
from .line_items_tax_amount import LineItemsTaxAmount
from .price import Price
