# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceLineItemPeriod(StripeObject):
    """InvoiceLineItemPeriod"""

    end: int
    """The end of the period, which must be greater than or equal to the start. This value is inclusive."""
    start: int
    """The start of the period. This value is inclusive."""
