# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionsResourcePendingUpdate(StripeObject):
    """Pending Updates store the changes pending from a previous update that will be applied
    to the Subscription upon successful payment.
    """

    billing_cycle_anchor: int | None = None
    """If the update is applied, determines the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices. The timestamp is in UTC format."""
    expires_at: int
    """The point after which the changes reflected by this update will be discarded and no longer applied."""
    subscription_items: list[SubscriptionItem] | None = None
    """List of subscription items, each with an attached plan, that will be set if the update is applied."""
    trial_end: int | None = None
    """Unix timestamp representing the end of the trial period the customer will get before being charged for the first time, if the update is applied."""
    trial_from_plan: bool | None = None
    """Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `trial_end` is not allowed. See [Using trial periods on subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to learn more."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscription_item import SubscriptionItem
