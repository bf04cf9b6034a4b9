# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeTransferData(StripeObject):
    """ChargeTransferData"""

    amount: int | None = None
    """The amount transferred to the destination account, if specified."""
    destination: str | Account | StripeObject
    """ID of an existing, connected Stripe account to transfer funds to if `transfer_data` was specified in the charge request."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
