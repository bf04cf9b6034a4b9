# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentProcessingCustomerNotification(StripeObject):
    """PaymentIntentProcessingCustomerNotification"""

    approval_requested: bool | None = None
    """Whether customer approval has been requested for this payment."""
    completes_at: int | None = None
    """If customer approval is required, they need to provide approval before this time."""
