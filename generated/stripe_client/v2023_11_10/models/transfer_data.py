# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TransferData(StripeObject):
    """transfer_data"""

    amount: int | None = None
    """The amount transferred to the destination account, if specified."""
    destination: str | Account | StripeObject
    """The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to upon payment success."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
