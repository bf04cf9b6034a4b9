# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionItem(StripeObject):
    """Subscription items allow you to create customer subscriptions with more than one plan."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    object: Literal["subscription_item"]
    """String representing the object's type."""
    price: Price
    """Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products."""
    quantity: int | None = None
    """The quantity of the plan to which the customer should be subscribed."""
    subscription: str
    """The `subscription` this `subscription_item` belongs to."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .price import Price
