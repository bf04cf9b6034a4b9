# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode(StripeObject):
    """PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    """The URL to the hosted Cash App Pay instructions page, which allows customers to view the QR code, and supports QR code refreshing on expiration."""
    mobile_auth_url: str
    """The url for mobile redirect based auth"""
    qr_code: PaymentIntentNextActionCashappQrCode


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent_next_action_cashapp_qr_code import PaymentIntentNextActionCashappQrCode
