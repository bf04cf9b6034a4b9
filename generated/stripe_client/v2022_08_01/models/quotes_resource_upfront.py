# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class QuotesResourceUpfront(StripeObject):
    """QuotesResourceUpfront"""

    amount_subtotal: int
    """Total before any discounts or taxes are applied."""
    amount_total: int
    """Total after discounts and taxes are applied."""
    line_items: QuotesResourceUpfrontLineItems | None = None
    """The line items that will appear on the next invoice after this quote is accepted. This does not include pending invoice items that exist on the customer but may still be included in the next invoice."""
    total_details: QuotesResourceTotalDetails


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .quotes_resource_total_details import QuotesResourceTotalDetails
from .quotes_resource_upfront_line_items import QuotesResourceUpfrontLineItems
