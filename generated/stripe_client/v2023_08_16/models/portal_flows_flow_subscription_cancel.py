# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFlowsFlowSubscriptionCancel(StripeObject):
    """PortalFlowsFlowSubscriptionCancel"""

    retention: PortalFlowsRetention | None = None
    """Specify a retention strategy to be used in the cancellation flow."""
    subscription: str
    """The ID of the subscription to be canceled."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_flows_retention import PortalFlowsRetention
