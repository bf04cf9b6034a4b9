# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFlowsAfterCompletionHostedConfirmation(StripeObject):
    """PortalFlowsAfterCompletionHostedConfirmation"""

    custom_message: str | None = None
    """A custom message to display to the customer after the flow is completed."""
