# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalFlowsFlowAfterCompletion(StripeObject):
    """PortalFlowsFlowAfterCompletion"""

    hosted_confirmation: PortalFlowsAfterCompletionHostedConfirmation | None = None
    """Configuration when `after_completion.type=hosted_confirmation`."""
    redirect: PortalFlowsAfterCompletionRedirect | None = None
    """Configuration when `after_completion.type=redirect`."""
    type: Literal["hosted_confirmation", "portal_homepage", "redirect"] | str
    """The specified type of behavior after the flow is completed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .portal_flows_after_completion_hosted_confirmation import (
    PortalFlowsAfterCompletionHostedConfirmation,
)
from .portal_flows_after_completion_redirect import PortalFlowsAfterCompletionRedirect
