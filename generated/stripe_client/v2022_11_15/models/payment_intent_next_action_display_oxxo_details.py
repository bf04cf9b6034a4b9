# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionDisplayOxxoDetails(StripeObject):
    """PaymentIntentNextActionDisplayOxxoDetails"""

    expires_after: int | None = None
    """The timestamp after which the OXXO voucher expires."""
    hosted_voucher_url: str | None = None
    """The URL for the hosted OXXO voucher page, which allows customers to view and print an OXXO voucher."""
    number: str | None = None
    """OXXO reference number."""
