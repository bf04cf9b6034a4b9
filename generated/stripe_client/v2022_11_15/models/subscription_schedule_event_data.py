# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionScheduleEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: SubscriptionSchedule
    """A subscription schedule allows you to create and manage the lifecycle of a subscription by predefining expected changes.

        Related guide: [Subscription Schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
        """
    previous_attributes: SubscriptionSchedulePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscription_schedule import SubscriptionSchedule
from .subscription_schedule_previous_attributes import SubscriptionSchedulePreviousAttributes
