# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsWechatPay(StripeObject):
    """payment_method_details_wechat_pay"""

    fingerprint: str | None = None
    """Uniquely identifies this particular WeChat Pay account. You can use this attribute to check whether two WeChat accounts are the same."""
    transaction_id: str | None = None
    """Transaction ID of this particular WeChat Pay transaction."""
