# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentFlowsPrivatePaymentMethodsAlipayDetails(StripeObject):
    """PaymentFlowsPrivatePaymentMethodsAlipayDetails"""

    buyer_id: str | None = None
    """Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same."""
    fingerprint: str | None = None
    """Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same."""
    transaction_id: str | None = None
    """Transaction ID of this particular Alipay transaction."""
