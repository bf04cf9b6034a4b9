# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceShippingDetails(StripeObject):
    """OrdersV2ResourceShippingDetails"""

    address: Address | None = None
    """Recipient shipping address. Required if the order includes products that are shippable."""
    name: str | None = None
    """Recipient name."""
    phone: str | None = None
    """Recipient phone (including extension)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
