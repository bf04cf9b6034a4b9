# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionInvoiceCreation(StripeObject):
    """PaymentPagesCheckoutSessionInvoiceCreation"""

    enabled: bool
    """Indicates whether invoice creation is enabled for the Checkout Session."""
    invoice_data: PaymentPagesCheckoutSessionInvoiceSettings


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_pages_checkout_session_invoice_settings import (
    PaymentPagesCheckoutSessionInvoiceSettings,
)
