# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalFlowsFlow(StripeObject):
    """PortalFlowsFlow"""

    after_completion: PortalFlowsFlowAfterCompletion
    subscription_cancel: PortalFlowsFlowSubscriptionCancel | None = None
    """Configuration when `flow.type=subscription_cancel`."""
    subscription_update: PortalFlowsFlowSubscriptionUpdate | None = None
    """Configuration when `flow.type=subscription_update`."""
    subscription_update_confirm: PortalFlowsFlowSubscriptionUpdateConfirm | None = None
    """Configuration when `flow.type=subscription_update_confirm`."""
    type: (
        Literal[
            "payment_method_update",
            "subscription_cancel",
            "subscription_update",
            "subscription_update_confirm",
        ]
        | str
    )
    """Type of flow that the customer will go through."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_flows_flow_after_completion import PortalFlowsFlowAfterCompletion
from .portal_flows_flow_subscription_cancel import PortalFlowsFlowSubscriptionCancel
from .portal_flows_flow_subscription_update import PortalFlowsFlowSubscriptionUpdate
from .portal_flows_flow_subscription_update_confirm import PortalFlowsFlowSubscriptionUpdateConfirm
