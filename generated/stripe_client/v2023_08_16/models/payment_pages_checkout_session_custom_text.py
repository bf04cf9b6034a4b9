# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCustomText(StripeObject):
    """PaymentPagesCheckoutSessionCustomText"""

    shipping_address: PaymentPagesCheckoutSessionCustomTextPosition | None = None
    """Custom text that should be displayed alongside shipping address collection."""
    submit: PaymentPagesCheckoutSessionCustomTextPosition | None = None
    """Custom text that should be displayed alongside the payment confirmation button."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_pages_checkout_session_custom_text_position import (
    PaymentPagesCheckoutSessionCustomTextPosition,
)
