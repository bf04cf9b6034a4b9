# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceInvoiceCreation(StripeObject):
    """PaymentLinksResourceInvoiceCreation"""

    enabled: bool
    """Enable creating an invoice on successful payment."""
    invoice_data: PaymentLinksResourceInvoiceSettings | None = None
    """Configuration for the invoice. Default invoice values will be used if unspecified."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_links_resource_invoice_settings import PaymentLinksResourceInvoiceSettings
