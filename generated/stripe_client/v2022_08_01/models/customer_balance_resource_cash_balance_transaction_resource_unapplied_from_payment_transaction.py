# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction"""

    payment_intent: str | PaymentIntent | StripeObject
    """The [Payment Intent](https://stripe.com/docs/api/payment_intents/object) that funds were unapplied from."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent import PaymentIntent
