# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionPaynowDisplayQrCode(StripeObject):
    """PaymentIntentNextActionPaynowDisplayQrCode"""

    data: str
    """The raw data string used to generate QR code, it should be used together with QR code library."""
    image_url_png: str
    """The image_url_png string used to render QR code"""
    image_url_svg: str
    """The image_url_svg string used to render QR code"""
