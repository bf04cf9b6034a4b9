# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionConsent(StripeObject):
    """PaymentPagesCheckoutSessionConsent"""

    promotions: Literal["opt_in", "opt_out"] | str | None = None
    """If `opt_in`, the customer consents to receiving promotional communications
        from the merchant about this Checkout Session.
        """
    terms_of_service: Literal["accepted"] | None = None
    """If `accepted`, the customer in this Checkout Session has agreed to the merchant's terms of service."""
