# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionPendingInvoiceItemInterval(StripeObject):
    """SubscriptionPendingInvoiceItemInterval"""

    interval: Literal["day", "month", "week", "year"] | str
    """Specifies invoicing frequency. Either `day`, `week`, `month` or `year`."""
    interval_count: int
    """The number of intervals between invoices. For example, `interval=month` and `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks)."""
