# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class UsageRecord(StripeObject):
    """Usage records allow you to report customer usage and metrics to Stripe for
    metered billing of subscription prices.

    Related guide: [Metered billing](https://stripe.com/docs/billing/subscriptions/metered-billing)
    """

    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["usage_record"]
    """String representing the object's type. Objects of the same type share the same value."""
    quantity: int
    """The usage quantity for the specified date."""
    subscription_item: str
    """The ID of the subscription item this usage record contains data for."""
    timestamp: int
    """The timestamp when this usage occurred."""
