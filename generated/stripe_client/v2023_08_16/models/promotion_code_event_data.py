# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PromotionCodeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: PromotionCode
    """A Promotion Code represents a customer-redeemable code for a [coupon](https://stripe.com/docs/api#coupons). It can be used to
        create multiple codes for a single coupon.
        """
    previous_attributes: PromotionCodePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .promotion_code import PromotionCode
from .promotion_code_previous_attributes import PromotionCodePreviousAttributes
