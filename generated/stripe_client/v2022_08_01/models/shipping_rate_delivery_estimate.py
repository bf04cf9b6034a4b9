# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ShippingRateDeliveryEstimate(StripeObject):
    """ShippingRateDeliveryEstimate"""

    maximum: ShippingRateDeliveryEstimateBound | None = None
    """The upper bound of the estimated range. If empty, represents no upper bound i.e., infinite."""
    minimum: ShippingRateDeliveryEstimateBound | None = None
    """The lower bound of the estimated range. If empty, represents no lower bound."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .shipping_rate_delivery_estimate_bound import ShippingRateDeliveryEstimateBound
