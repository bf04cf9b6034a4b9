# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionAfterExpiration(StripeObject):
    """PaymentPagesCheckoutSessionAfterExpiration"""

    recovery: PaymentPagesCheckoutSessionAfterExpirationRecovery | None = None
    """When set, configuration used to recover the Checkout Session on expiry."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_pages_checkout_session_after_expiration_recovery import (
    PaymentPagesCheckoutSessionAfterExpirationRecovery,
)
