# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class UsageRecordSummary(StripeObject):
    """UsageRecordSummary"""

    id: str
    """Unique identifier for the object."""
    invoice: str | None = None
    """The invoice in which this usage period has been billed for."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["usage_record_summary"]
    """String representing the object's type. Objects of the same type share the same value."""
    period: Period
    subscription_item: str
    """The ID of the subscription item this summary is describing."""
    total_usage: int
    """The total usage within this usage period."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .period import Period
