# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentFlowsAutomaticPaymentMethodsPaymentIntent(StripeObject):
    """PaymentFlowsAutomaticPaymentMethodsPaymentIntent"""

    allow_redirects: Literal["always", "never"] | str | None = None
    """Controls whether this PaymentIntent will accept redirect-based payment methods.

        Redirect-based payment methods may require your customer to be redirected to a payment method's app or site for authentication or additional steps. To [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent, you may be required to provide a `return_url` to redirect customers back to your site after they authenticate or complete the payment.
        """
    enabled: bool
    """Automatically calculates compatible payment methods"""
