# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionTotalDetails(StripeObject):
    """PaymentPagesCheckoutSessionTotalDetails"""

    amount_discount: int
    """This is the sum of all the discounts."""
    amount_shipping: int | None = None
    """This is the sum of all the shipping amounts."""
    amount_tax: int
    """This is the sum of all the tax amounts."""
    breakdown: PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_pages_checkout_session_total_details_resource_breakdown import (
    PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown,
)
