# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodOptionsPaypal(StripeObject):
    """payment_method_options_paypal"""

    capture_method: Literal["manual"] | None = None
    """Controls when the funds will be captured from the customer's account."""
    preferred_locale: str | None = None
    """Preferred locale of the PayPal checkout page that the customer is redirected to."""
