# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaypalSellerProtection(StripeObject):
    """paypal_seller_protection"""

    dispute_categories: list[Literal["fraudulent", "product_not_received"] | str] | None = None
    """An array of conditions that are covered for the transaction, if applicable."""
    status: Literal["eligible", "not_eligible", "partially_eligible"] | str
    """Indicates whether the transaction is eligible for PayPal's seller protection."""
