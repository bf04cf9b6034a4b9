# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceThresholdReason(StripeObject):
    """InvoiceThresholdReason"""

    amount_gte: int | None = None
    """The total invoice amount threshold boundary if it triggered the threshold invoice."""
    item_reasons: list[InvoiceItemThresholdReason]
    """Indicates which line items triggered a threshold invoice."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_item_threshold_reason import InvoiceItemThresholdReason
