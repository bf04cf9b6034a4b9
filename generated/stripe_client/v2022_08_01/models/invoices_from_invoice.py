# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicesFromInvoice(StripeObject):
    """InvoicesFromInvoice"""

    action: str
    """The relation between this invoice and the cloned invoice"""
    invoice: str | Invoice | StripeObject
    """The invoice that was cloned."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice import Invoice
