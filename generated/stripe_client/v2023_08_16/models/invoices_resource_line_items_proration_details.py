# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicesResourceLineItemsProrationDetails(StripeObject):
    """InvoicesResourceLineItemsProrationDetails"""

    credited_items: InvoicesResourceLineItemsCreditedItems | None = None
    """For a credit proration `line_item`, the original debit line_items to which the credit proration applies."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoices_resource_line_items_credited_items import InvoicesResourceLineItemsCreditedItems
