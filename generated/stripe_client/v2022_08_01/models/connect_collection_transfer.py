# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ConnectCollectionTransfer(StripeObject):
    """ConnectCollectionTransfer"""

    amount: int
    """Amount transferred, in %s."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    destination: str | Account | StripeObject
    """ID of the account that funds are being collected for."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["connect_collection_transfer"]
    """String representing the object's type. Objects of the same type share the same value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
