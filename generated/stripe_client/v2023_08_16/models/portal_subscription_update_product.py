# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalSubscriptionUpdateProduct(StripeObject):
    """PortalSubscriptionUpdateProduct"""

    prices: list[str]
    """The list of price IDs which, when subscribed to, a subscription can be updated."""
    product: str
    """The product ID."""
