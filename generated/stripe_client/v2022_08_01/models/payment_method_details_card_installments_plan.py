# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardInstallmentsPlan(StripeObject):
    """payment_method_details_card_installments_plan"""

    count: int | None = None
    """For `fixed_count` installment plans, this is the number of installment payments your customer will make to their credit card."""
    interval: Literal["month"] | None = None
    """For `fixed_count` installment plans, this is the interval between installment payments your customer will make to their credit card.
        One of `month`.
        """
    type: Literal["fixed_count"]
    """Type of installment plan, one of `fixed_count`."""
