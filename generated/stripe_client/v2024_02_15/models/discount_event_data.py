# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DiscountEventData(StripeObject):
    """A `customer.discount.*` event: the discount."""

    object: Discount
    """A discount represents the actual application of a coupon or promotion code. It contains information about when the discount began, when it will end, and what it is applied to."""
    previous_attributes: DiscountPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .discount import Discount
from .discount_previous_attributes import DiscountPreviousAttributes
