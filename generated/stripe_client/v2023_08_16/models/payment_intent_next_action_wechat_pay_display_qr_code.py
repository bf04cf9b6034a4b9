# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionWechatPayDisplayQrCode(StripeObject):
    """PaymentIntentNextActionWechatPayDisplayQrCode"""

    data: str
    """The data being used to generate QR code"""
    hosted_instructions_url: str
    """The URL to the hosted WeChat Pay instructions page, which allows customers to view the WeChat Pay QR code."""
    image_data_url: str
    """The base64 image data for a pre-generated QR code"""
    image_url_png: str
    """The image_url_png string used to render QR code"""
    image_url_svg: str
    """The image_url_svg string used to render QR code"""
