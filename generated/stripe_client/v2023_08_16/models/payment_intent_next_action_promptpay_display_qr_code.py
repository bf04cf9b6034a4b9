# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionPromptpayDisplayQrCode(StripeObject):
    """PaymentIntentNextActionPromptpayDisplayQrCode"""

    data: str
    """The raw data string used to generate QR code, it should be used together with QR code library."""
    hosted_instructions_url: str
    """The URL to the hosted PromptPay instructions page, which allows customers to view the PromptPay QR code."""
    image_url_png: str
    """The PNG path used to render the QR code, can be used as the source in an HTML img tag"""
    image_url_svg: str
    """The SVG path used to render the QR code, can be used as the source in an HTML img tag"""
