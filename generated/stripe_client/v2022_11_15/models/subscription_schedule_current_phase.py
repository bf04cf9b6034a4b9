# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionScheduleCurrentPhase(StripeObject):
    """SubscriptionScheduleCurrentPhase"""

    end_date: int
    """The end of this phase of the subscription schedule."""
    start_date: int
    """The start of this phase of the subscription schedule."""
