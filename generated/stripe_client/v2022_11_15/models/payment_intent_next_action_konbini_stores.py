# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionKonbiniStores(StripeObject):
    """payment_intent_next_action_konbini_stores"""

    familymart: PaymentIntentNextActionKonbiniFamilymart | None = None
    """FamilyMart instruction details."""
    lawson: PaymentIntentNextActionKonbiniLawson | None = None
    """Lawson instruction details."""
    ministop: PaymentIntentNextActionKonbiniMinistop | None = None
    """Ministop instruction details."""
    seicomart: PaymentIntentNextActionKonbiniSeicomart | None = None
    """Seicomart instruction details."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_next_action_konbini_familymart import PaymentIntentNextActionKonbiniFamilymart
from .payment_intent_next_action_konbini_lawson import PaymentIntentNextActionKonbiniLawson
from .payment_intent_next_action_konbini_ministop import PaymentIntentNextActionKonbiniMinistop
from .payment_intent_next_action_konbini_seicomart import PaymentIntentNextActionKonbiniSeicomart
