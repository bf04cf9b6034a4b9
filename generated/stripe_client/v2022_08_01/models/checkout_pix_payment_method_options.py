# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CheckoutPixPaymentMethodOptions(StripeObject):
    """CheckoutPixPaymentMethodOptions"""

    expires_after_seconds: int | None = None
    """The number of seconds after which Pix payment will expire."""
