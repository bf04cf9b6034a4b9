# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionConsentCollection(StripeObject):
    """PaymentPagesCheckoutSessionConsentCollection"""

    promotions: Literal["auto", "none"] | str | None = None
    """If set to `auto`, enables the collection of customer consent for promotional communications. The Checkout
        Session will determine whether to display an option to opt into promotional communication
        from the merchant depending on the customer's locale. Only available to US merchants.
        """
    terms_of_service: Literal["none", "required"] | str | None = None
    """If set to `required`, it requires customers to accept the terms of service before being able to pay."""
