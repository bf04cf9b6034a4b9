# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourcePaymentIntentData(StripeObject):
    """PaymentLinksResourcePaymentIntentData"""

    capture_method: Literal["automatic", "manual"] | str | None = None
    """Indicates when the funds will be captured from the customer's account."""
    setup_future_usage: Literal["off_session", "on_session"] | str | None = None
    """Indicates that you intend to make future payments with the payment method collected during checkout."""
