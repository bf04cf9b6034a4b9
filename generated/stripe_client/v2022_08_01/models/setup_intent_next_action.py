# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class SetupIntentNextAction(StripeObject):
    """SetupIntentNextAction"""

    redirect_to_url: SetupIntentNextActionRedirectToUrl | None = None
    type: str
    """Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`."""
    use_stripe_sdk: dict[str, Any] | None = None
    """When confirming a SetupIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js."""
    verify_with_microdeposits: SetupIntentNextActionVerifyWithMicrodeposits | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent_next_action_redirect_to_url import SetupIntentNextActionRedirectToUrl
from .setup_intent_next_action_verify_with_microdeposits import (
    SetupIntentNextActionVerifyWithMicrodeposits,
)
