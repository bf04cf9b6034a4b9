# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Recurring(StripeObject):
    """Recurring"""

    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"] | str | None = None
    """Specifies a usage aggregation strategy for prices of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for using the last usage record reported within a period, `last_ever` for using the last usage record ever (across period bounds) or `max` which uses the usage record with the maximum reported usage during a period. Defaults to `sum`."""
    interval: Literal["day", "month", "week", "year"] | str
    """The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`."""
    interval_count: int
    """The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months."""
    usage_type: Literal["licensed", "metered"] | str
    """Configures how the quantity per period should be determined. Can be either `metered` or `licensed`. `licensed` automatically bills the `quantity` set when adding it to a subscription. `metered` aggregates the total usage based on usage records. Defaults to `licensed`."""
