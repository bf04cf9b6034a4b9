# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceItemThresholdReason(StripeObject):
    """InvoiceItemThresholdReason"""

    line_item_ids: list[str]
    """The IDs of the line items that triggered the threshold invoice."""
    usage_gte: int
    """The quantity threshold boundary that applied to the given line item."""
