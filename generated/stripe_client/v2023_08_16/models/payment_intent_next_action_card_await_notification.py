# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionCardAwaitNotification(StripeObject):
    """PaymentIntentNextActionCardAwaitNotification"""

    charge_attempt_at: int | None = None
    """The time that payment will be attempted. If customer approval is required, they need to provide approval before this time."""
    customer_approval_required: bool | None = None
    """For payments greater than INR 15000, the customer must provide explicit approval of the payment with their bank. For payments of lower amount, no customer action is required."""
