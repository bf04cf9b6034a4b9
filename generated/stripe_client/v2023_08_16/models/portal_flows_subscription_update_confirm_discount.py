# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFlowsSubscriptionUpdateConfirmDiscount(StripeObject):
    """PortalFlowsSubscriptionUpdateConfirmDiscount"""

    coupon: str | None = None
    """The ID of the coupon to apply to this subscription update."""
    promotion_code: str | None = None
    """The ID of a promotion code to apply to this subscription update."""
