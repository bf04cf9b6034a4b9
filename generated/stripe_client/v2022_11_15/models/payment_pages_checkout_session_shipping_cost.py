# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionShippingCost(StripeObject):
    """PaymentPagesCheckoutSessionShippingCost"""

    amount_subtotal: int
    """Total shipping cost before any discounts or taxes are applied."""
    amount_tax: int
    """Total tax amount applied due to shipping costs. If no tax was applied, defaults to 0."""
    amount_total: int
    """Total shipping cost after discounts and taxes are applied."""
    shipping_rate: str | ShippingRate | StripeObject | None = None
    """The ID of the ShippingRate for this order."""
    taxes: list[LineItemsTaxAmount] | None = None
    """The taxes applied to the shipping rate."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .line_items_tax_amount import LineItemsTaxAmount
from .shipping_rate import ShippingRate
