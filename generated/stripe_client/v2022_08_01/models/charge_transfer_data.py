# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeTransferData(StripeObject):
    """ChargeTransferData"""

    amount: int | None = None
    """The amount transferred to the destination account, if specified. By default, the entire charge amount is transferred to the destination account."""
    destination: str | Account | StripeObject
    """ID of an existing, connected Stripe account to transfer funds to if `transfer_data` was specified in the charge request."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
