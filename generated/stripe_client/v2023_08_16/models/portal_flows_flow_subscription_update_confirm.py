# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFlowsFlowSubscriptionUpdateConfirm(StripeObject):
    """PortalFlowsFlowSubscriptionUpdateConfirm"""

    discounts: list[PortalFlowsSubscriptionUpdateConfirmDiscount] | None = None
    """The coupon or promotion code to apply to this subscription update. Currently, only up to one may be specified."""
    items: list[PortalFlowsSubscriptionUpdateConfirmItem]
    """The [subscription item](https://stripe.com/docs/api/subscription_items) to be updated through this flow. Currently, only up to one may be specified and subscriptions with multiple items are not updatable."""
    subscription: str
    """The ID of the subscription to be updated."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_flows_subscription_update_confirm_discount import (
    PortalFlowsSubscriptionUpdateConfirmDiscount,
)
from .portal_flows_subscription_update_confirm_item import PortalFlowsSubscriptionUpdateConfirmItem
