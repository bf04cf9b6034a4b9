# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionKonbiniLawson(StripeObject):
    """payment_intent_next_action_konbini_lawson"""

    confirmation_number: str | None = None
    """The confirmation number."""
    payment_code: str
    """The payment code."""
