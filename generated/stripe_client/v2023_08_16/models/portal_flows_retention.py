# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalFlowsRetention(StripeObject):
    """PortalFlowsRetention"""

    coupon_offer: PortalFlowsCouponOffer | None = None
    """Configuration when `retention.type=coupon_offer`."""
    type: Literal["coupon_offer"]
    """Type of retention strategy that will be used."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_flows_coupon_offer import PortalFlowsCouponOffer
