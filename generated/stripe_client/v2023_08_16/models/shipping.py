# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Shipping(StripeObject):
    """Shipping"""

    address: Address | None = None
    carrier: str | None = None
    """The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc."""
    name: str | None = None
    """Recipient name."""
    phone: str | None = None
    """Recipient phone (including extension)."""
    tracking_number: str | None = None
    """The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
