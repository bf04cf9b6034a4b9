# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction"""

    refund: str | Refund | StripeObject
    """The [Refund](https://stripe.com/docs/api/refunds/object) that moved these funds into the customer's cash balance."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .refund import Refund
