# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ShippingRateDeliveryEstimateBound(StripeObject):
    """ShippingRateDeliveryEstimateBound"""

    unit: Literal["business_day", "day", "hour", "month", "week"] | str
    """A unit of time."""
    value: int
    """Must be greater than 0."""
