# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionCashappQrCode(StripeObject):
    """PaymentIntentNextActionCashappQRCode"""

    expires_at: int
    """The date (unix timestamp) when the QR code expires."""
    image_url_png: str
    """The image_url_png string used to render QR code"""
    image_url_svg: str
    """The image_url_svg string used to render QR code"""
