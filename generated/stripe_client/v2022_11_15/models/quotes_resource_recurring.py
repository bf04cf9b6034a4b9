# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class QuotesResourceRecurring(StripeObject):
    """QuotesResourceRecurring"""

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""
    amount_total: int
    """Total after discounts and taxes are applied."""
    interval: Literal["day", "month", "week", "year"] | str
    """The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`."""
    interval_count: int
    """The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months."""
    total_details: QuotesResourceTotalDetails


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .quotes_resource_total_details import QuotesResourceTotalDetails
