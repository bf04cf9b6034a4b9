# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceAutomaticPaymentMethods(StripeObject):
    """OrdersV2ResourceAutomaticPaymentMethods"""

    enabled: bool
    """Whether this Order has been opted into managing payment method types via the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods)."""
