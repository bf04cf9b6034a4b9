# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionWechatPayRedirectToAndroidApp(StripeObject):
    """PaymentIntentNextActionWechatPayRedirectToAndroidApp"""

    app_id: str
    """app_id is the APP ID registered on WeChat open platform"""
    nonce_str: str
    """nonce_str is a random string"""
    package: str
    """package is static value"""
    partner_id: str
    """an unique merchant ID assigned by WeChat Pay"""
    prepay_id: str
    """an unique trading ID assigned by WeChat Pay"""
    sign: str
    """A signature"""
    timestamp: str
    """Specifies the current time in epoch format"""
