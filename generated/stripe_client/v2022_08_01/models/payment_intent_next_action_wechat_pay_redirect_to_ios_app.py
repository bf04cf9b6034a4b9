# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionWechatPayRedirectToIosApp(StripeObject):
    """PaymentIntentNextActionWechatPayRedirectToIOSApp"""

    native_url: str
    """An universal link that redirect to WeChat Pay app"""
