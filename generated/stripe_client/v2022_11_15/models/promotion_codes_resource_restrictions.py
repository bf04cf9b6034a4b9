# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PromotionCodesResourceRestrictions(StripeObject):
    """PromotionCodesResourceRestrictions"""

    currency_options: dict[str, PromotionCodeCurrencyOption] | None = None
    """Promotion code restrictions defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies)."""
    first_time_transaction: bool
    """A Boolean indicating if the Promotion Code should only be redeemed for Customers without any successful payments or invoices"""
    minimum_amount: int | None = None
    """Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a purchase must be $100 or more to work)."""
    minimum_amount_currency: str | None = None
    """Three-letter [ISO code](https://stripe.com/docs/currencies) for minimum_amount"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .promotion_code_currency_option import PromotionCodeCurrencyOption
