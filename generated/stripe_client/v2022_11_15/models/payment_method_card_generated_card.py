# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodCardGeneratedCard(StripeObject):
    """payment_method_card_generated_card"""

    charge: str | None = None
    """The charge that created this object."""
    payment_method_details: CardGeneratedFromPaymentMethodDetails | None = None
    """Transaction-specific details of the payment method used in the payment."""
    setup_attempt: str | SetupAttempt | StripeObject | None = None
    """The ID of the SetupAttempt that generated this PaymentMethod, if any."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .card_generated_from_payment_method_details import CardGeneratedFromPaymentMethodDetails
from .setup_attempt import SetupAttempt
