# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardInstallments(StripeObject):
    """payment_method_details_card_installments"""

    plan: PaymentMethodDetailsCardInstallmentsPlan | None = None
    """Installment plan selected for the payment."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_installments_plan import PaymentMethodDetailsCardInstallmentsPlan
