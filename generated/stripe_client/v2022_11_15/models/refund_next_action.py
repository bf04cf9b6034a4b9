# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RefundNextAction(StripeObject):
    """RefundNextAction"""

    display_details: RefundNextActionDisplayDetails | None = None
    """Contains the refund details."""
    type: str
    """Type of the next action to perform."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .refund_next_action_display_details import RefundNextActionDisplayDetails
