# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentCardProcessing(StripeObject):
    """PaymentIntentCardProcessing"""

    customer_notification: PaymentIntentProcessingCustomerNotification | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_processing_customer_notification import (
    PaymentIntentProcessingCustomerNotification,
)
