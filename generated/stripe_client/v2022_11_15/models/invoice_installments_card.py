# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceInstallmentsCard(StripeObject):
    """invoice_installments_card"""

    enabled: bool | None = None
    """Whether Installments are enabled for this Invoice."""
