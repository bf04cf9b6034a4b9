# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceTransferData(StripeObject):
    """OrdersV2ResourceTransferData"""

    amount: int | None = None
    """The amount that will be transferred automatically when the order is paid. If no amount is set, the full amount is transferred. There cannot be any line items with recurring prices when using this field."""
    destination: str | Account | StripeObject
    """ID of the Connected account receiving the transfer."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
