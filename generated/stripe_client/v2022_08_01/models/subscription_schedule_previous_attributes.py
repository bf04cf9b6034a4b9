# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionSchedulePreviousAttributes(StripeObject):
    """The previous values of the SubscriptionSchedule fields that changed."""

    application: str | dict[str, Any] | None = None
    """ID of the Connect Application that created the schedule."""
    canceled_at: int | None = None
    """Time at which the subscription schedule was canceled. Measured in seconds since the Unix epoch."""
    completed_at: int | None = None
    """Time at which the subscription schedule was completed. Measured in seconds since the Unix epoch."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    current_phase: dict[str, Any] | None = None
    """Object representing the start and end dates for the current phase of the subscription schedule, if it is `active`."""
    customer: str | dict[str, Any] | None = None
    """ID of the customer who owns the subscription schedule."""
    default_settings: dict[str, Any] | None = None
    end_behavior: Literal["cancel", "none", "release", "renew"] | str | None = None
    """Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` and `cancel`."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["subscription_schedule"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    phases: list[dict[str, Any]] | None = None
    """Configuration for the subscription schedule's phases."""
    released_at: int | None = None
    """Time at which the subscription schedule was released. Measured in seconds since the Unix epoch."""
    released_subscription: str | None = None
    """ID of the subscription once managed by the subscription schedule (if it is released)."""
    status: Literal["active", "canceled", "completed", "not_started", "released"] | str | None = (
        None
    )
    """The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules)."""
    subscription: str | dict[str, Any] | None = None
    """ID of the subscription managed by the subscription schedule."""
    test_clock: str | dict[str, Any] | None = None
    """ID of the test clock this subscription schedule belongs to."""
