# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionEventData(StripeObject):
    """A `customer.subscription.*` event: the subscription."""

    object: Subscription
    """Subscriptions allow you to charge a customer on a recurring basis."""
    previous_attributes: SubscriptionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscription import Subscription
from .subscription_previous_attributes import SubscriptionPreviousAttributes
