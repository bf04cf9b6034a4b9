# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextAction(StripeObject):
    """PaymentIntentNextAction"""

    alipay_handle_redirect: PaymentIntentNextActionAlipayHandleRedirect | None = None
    boleto_display_details: PaymentIntentNextActionBoleto | None = None
    card_await_notification: PaymentIntentNextActionCardAwaitNotification | None = None
    display_bank_transfer_instructions: (
        PaymentIntentNextActionDisplayBankTransferInstructions | None
    ) = None
    konbini_display_details: PaymentIntentNextActionKonbini | None = None
    oxxo_display_details: PaymentIntentNextActionDisplayOxxoDetails | None = None
    paynow_display_qr_code: PaymentIntentNextActionPaynowDisplayQrCode | None = None
    pix_display_qr_code: PaymentIntentNextActionPixDisplayQrCode | None = None
    promptpay_display_qr_code: PaymentIntentNextActionPromptpayDisplayQrCode | None = None
    redirect_to_url: PaymentIntentNextActionRedirectToUrl | None = None
    type: str
    """Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`."""
    use_stripe_sdk: dict[str, Any] | None = None
    """When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js."""
    verify_with_microdeposits: PaymentIntentNextActionVerifyWithMicrodeposits | None = None
    wechat_pay_display_qr_code: PaymentIntentNextActionWechatPayDisplayQrCode | None = None
    wechat_pay_redirect_to_android_app: (
        PaymentIntentNextActionWechatPayRedirectToAndroidApp | None
    ) = None
    wechat_pay_redirect_to_ios_app: PaymentIntentNextActionWechatPayRedirectToIosApp | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_next_action_alipay_handle_redirect import (
    PaymentIntentNextActionAlipayHandleRedirect,
)
from .payment_intent_next_action_boleto import PaymentIntentNextActionBoleto
from .payment_intent_next_action_card_await_notification import (
    PaymentIntentNextActionCardAwaitNotification,
)
from .payment_intent_next_action_display_bank_transfer_instructions import (
    PaymentIntentNextActionDisplayBankTransferInstructions,
)
from .payment_intent_next_action_display_oxxo_details import (
    PaymentIntentNextActionDisplayOxxoDetails,
)
from .payment_intent_next_action_konbini import PaymentIntentNextActionKonbini
from .payment_intent_next_action_paynow_display_qr_code import (
    PaymentIntentNextActionPaynowDisplayQrCode,
)
from .payment_intent_next_action_pix_display_qr_code import PaymentIntentNextActionPixDisplayQrCode
from .payment_intent_next_action_promptpay_display_qr_code import (
    PaymentIntentNextActionPromptpayDisplayQrCode,
)
from .payment_intent_next_action_redirect_to_url import PaymentIntentNextActionRedirectToUrl
from .payment_intent_next_action_verify_with_microdeposits import (
    PaymentIntentNextActionVerifyWithMicrodeposits,
)
from .payment_intent_next_action_wechat_pay_display_qr_code import (
    PaymentIntentNextActionWechatPayDisplayQrCode,
)
from .payment_intent_next_action_wechat_pay_redirect_to_android_app import (
    PaymentIntentNextActionWechatPayRedirectToAndroidApp,
)
from .payment_intent_next_action_wechat_pay_redirect_to_ios_app import (
    PaymentIntentNextActionWechatPayRedirectToIosApp,
)
