# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown(StripeObject):
    """PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown"""

    discounts: list[LineItemsDiscountAmount]
    """The aggregated discounts."""
    taxes: list[LineItemsTaxAmount]
    """The aggregated tax amounts by rate."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .line_items_discount_amount import LineItemsDiscountAmount
from .line_items_tax_amount import LineItemsTaxAmount
