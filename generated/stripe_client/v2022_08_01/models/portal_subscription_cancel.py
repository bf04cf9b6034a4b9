# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalSubscriptionCancel(StripeObject):
    """PortalSubscriptionCancel"""

    cancellation_reason: PortalSubscriptionCancellationReason
    enabled: bool
    """Whether the feature is enabled."""
    mode: Literal["at_period_end", "immediately"] | str
    """Whether to cancel subscriptions immediately or at the end of the billing period."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"] | str
    """Whether to create prorations when canceling subscriptions. Possible values are `none` and `create_prorations`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_subscription_cancellation_reason import PortalSubscriptionCancellationReason
