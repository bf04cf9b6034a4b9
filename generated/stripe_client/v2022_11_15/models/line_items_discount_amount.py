# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LineItemsDiscountAmount(StripeObject):
    """LineItemsDiscountAmount"""

    amount: int
    """The amount discounted."""
    discount: Discount
    """A discount represents the actual application of a [coupon](https://stripe.com/docs/api#coupons) or [promotion code](https://stripe.com/docs/api#promotion_codes).
        It contains information about when the discount began, when it will end, and what it is applied to.

        Related guide: [Applying Discounts to Subscriptions](https://stripe.com/docs/billing/subscriptions/discounts).
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .discount import Discount
