# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalSubscriptionUpdate(StripeObject):
    """PortalSubscriptionUpdate"""

    default_allowed_updates: list[Literal["price", "promotion_code", "quantity"] | str]
    """The types of subscription updates that are supported for items listed in the `products` attribute. When empty, subscriptions are not updateable."""
    enabled: bool
    """Whether the feature is enabled."""
    products: list[PortalSubscriptionUpdateProduct] | None = None
    """The list of products that support subscription updates."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"] | str
    """Determines how to handle prorations resulting from subscription updates. Valid values are `none`, `create_prorations`, and `always_invoice`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_subscription_update_product import PortalSubscriptionUpdateProduct
