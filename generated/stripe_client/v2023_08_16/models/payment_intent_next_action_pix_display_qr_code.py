# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionPixDisplayQrCode(StripeObject):
    """PaymentIntentNextActionPixDisplayQrCode"""

    data: str | None = None
    """The raw data string used to generate QR code, it should be used together with QR code library."""
    expires_at: int | None = None
    """The date (unix timestamp) when the PIX expires."""
    hosted_instructions_url: str | None = None
    """The URL to the hosted pix instructions page, which allows customers to view the pix QR code."""
    image_url_png: str | None = None
    """The image_url_png string used to render png QR code"""
    image_url_svg: str | None = None
    """The image_url_svg string used to render svg QR code"""
