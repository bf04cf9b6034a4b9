# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentProcessingCustomerNotification(StripeObject):
    """PaymentIntentProcessingCustomerNotification"""

    approval_requested: bool | None = None
    """Whether customer approval has been requested for this payment. For payments greater than INR 15000 or mandate amount, the customer must provide explicit approval of the payment with their bank."""
    completes_at: int | None = None
    """If customer approval is required, they need to provide approval before this time."""
