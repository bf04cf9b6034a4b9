# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Fee(StripeObject):
    """Fee"""

    amount: int
    """Amount of the fee, in cents."""
    application: str | None = None
    """ID of the Connect application that earned the fee."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    type: str
    """Type of the fee, one of: `application_fee`, `stripe_fee` or `tax`."""
