# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentFlowsAmountDetailsResourceTip(StripeObject):
    """PaymentFlowsAmountDetailsResourceTip"""

    amount: int | None = None
    """Portion of the amount that corresponds to a tip."""
