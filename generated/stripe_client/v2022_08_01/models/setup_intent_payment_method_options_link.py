# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsLink(StripeObject):
    """setup_intent_payment_method_options_link"""

    persistent_token: str | None = None
    """Token used for persistent Link logins."""
