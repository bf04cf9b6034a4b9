# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ShippingRateFixedAmount(StripeObject):
    """ShippingRateFixedAmount"""

    amount: int
    """A non-negative integer in cents representing how much to charge."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    currency_options: dict[str, ShippingRateCurrencyOption] | None = None
    """Shipping rates defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .shipping_rate_currency_option import ShippingRateCurrencyOption
