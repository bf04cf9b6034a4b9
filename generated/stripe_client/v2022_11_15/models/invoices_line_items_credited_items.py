# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicesLineItemsCreditedItems(StripeObject):
    """InvoicesLineItemsCreditedItems"""

    invoice: str
    """Invoice containing the credited invoice line items"""
    invoice_line_items: list[str]
    """Credited invoice line items"""
