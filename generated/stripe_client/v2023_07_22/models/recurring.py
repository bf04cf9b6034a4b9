# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Recurring(StripeObject):
    """Recurring"""

    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | str | None = None
    """Specifies a usage aggregation strategy for prices of `usage_type=metered`."""
    interval: Literal["day", "month", "week", "year"] | str
    """The frequency at which a subscription is billed."""
    interval_count: int
    """The number of intervals between subscription billings."""
    usage_type: Literal["licensed", "metered"] | str
    """Configures how the quantity per period should be determined."""
