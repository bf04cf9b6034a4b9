# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceSettingRenderingOptions(StripeObject):
    """InvoiceSettingRenderingOptions"""

    amount_tax_display: str | None = None
    """How line-item prices and amounts will be displayed with respect to tax on invoice PDFs."""
