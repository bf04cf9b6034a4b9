# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoiceTransferData(StripeObject):
    """InvoiceTransferData"""

    amount: int | None = None
    """The amount in %s that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination."""
    destination: str | Account | StripeObject
    """The account where funds from the payment will be transferred to upon payment success."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
