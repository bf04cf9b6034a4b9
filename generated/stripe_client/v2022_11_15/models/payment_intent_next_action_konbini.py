# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionKonbini(StripeObject):
    """payment_intent_next_action_konbini"""

    expires_at: int
    """The timestamp at which the pending Konbini payment expires."""
    hosted_voucher_url: str | None = None
    """The URL for the Konbini payment instructions page, which allows customers to view and print a Konbini voucher."""
    stores: PaymentIntentNextActionKonbiniStores


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_next_action_konbini_stores import PaymentIntentNextActionKonbiniStores
