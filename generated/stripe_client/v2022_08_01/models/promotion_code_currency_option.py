# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PromotionCodeCurrencyOption(StripeObject):
    """PromotionCodeCurrencyOption"""

    minimum_amount: int
    """Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a purchase must be $100 or more to work)."""
