# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CardGeneratedFromPaymentMethodDetails(StripeObject):
    """card_generated_from_payment_method_details"""

    card_present: PaymentMethodDetailsCardPresent | None = None
    type: str
    """The type of payment method transaction-specific details from the transaction that generated this `card` payment method. Always `card_present`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_present import PaymentMethodDetailsCardPresent
