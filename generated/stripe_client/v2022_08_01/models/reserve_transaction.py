# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ReserveTransaction(StripeObject):
    """ReserveTransaction"""

    amount: int
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    id: str
    """Unique identifier for the object."""
    object: Literal["reserve_transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
