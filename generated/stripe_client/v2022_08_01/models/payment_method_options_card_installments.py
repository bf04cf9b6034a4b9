# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodOptionsCardInstallments(StripeObject):
    """payment_method_options_card_installments"""

    available_plans: list[PaymentMethodDetailsCardInstallmentsPlan] | None = None
    """Installment plans that may be selected for this PaymentIntent."""
    enabled: bool
    """Whether Installments are enabled for this PaymentIntent."""
    plan: PaymentMethodDetailsCardInstallmentsPlan | None = None
    """Installment plan selected for this PaymentIntent."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_installments_plan import PaymentMethodDetailsCardInstallmentsPlan
