# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextAction(StripeObject):
    """PaymentIntentNextAction"""

    redirect_to_url: PaymentIntentNextActionRedirectToUrl | None = None
    type: str
    """Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`."""
    use_stripe_sdk: dict[str, Any] | None = None
    """When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_next_action_redirect_to_url import PaymentIntentNextActionRedirectToUrl
