# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntentProcessing(StripeObject):
    """PaymentIntentProcessing"""

    card: PaymentIntentCardProcessing | None = None
    type: Literal["card"]
    """Type of the payment method for which payment is in `processing` state, one of `card`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_card_processing import PaymentIntentCardProcessing
