# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceEventData(StripeObject):
    """An `invoice.*` event: the invoice."""

    object: Invoice
    """Invoices are statements of amounts owed by a customer, and are either generated one-off, or generated periodically from a subscription. They contain invoice items and proration adjustments that may be caused by subscription upgrades/downgrades (if necessary)."""
    previous_attributes: InvoicePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice import Invoice
from .invoice_previous_attributes import InvoicePreviousAttributes
