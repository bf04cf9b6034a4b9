# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionBillingThresholds(StripeObject):
    """SubscriptionBillingThresholds"""

    amount_gte: int | None = None
    """Monetary threshold that triggers the subscription to create an invoice"""
    reset_billing_cycle_anchor: bool | None = None
    """Indicates if the `billing_cycle_anchor` should be reset when a threshold is reached. If true, `billing_cycle_anchor` will be updated to the date/time the threshold was last reached; otherwise, the value will remain unchanged. This value may not be `true` if the subscription contains items with plans that have `aggregate_usage=last_ever`."""
