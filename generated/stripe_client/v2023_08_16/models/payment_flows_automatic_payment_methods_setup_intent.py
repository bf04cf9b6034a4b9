# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentFlowsAutomaticPaymentMethodsSetupIntent(StripeObject):
    """PaymentFlowsAutomaticPaymentMethodsSetupIntent"""

    allow_redirects: Literal["always", "never"] | str | None = None
    """Controls whether this SetupIntent will accept redirect-based payment methods.

        Redirect-based payment methods may require your customer to be redirected to a payment method's app or site for authentication or additional steps. To [confirm](https://stripe.com/docs/api/setup_intents/confirm) this SetupIntent, you may be required to provide a `return_url` to redirect customers back to your site after they authenticate or complete the setup.
        """
    enabled: bool | None = None
    """Automatically calculates compatible payment methods"""
