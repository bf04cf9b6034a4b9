# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceBillingDetails(StripeObject):
    """OrdersV2ResourceBillingDetails"""

    address: Address | None = None
    """Billing address for the order."""
    email: str | None = None
    """Email address for the order."""
    name: str | None = None
    """Full name for the order."""
    phone: str | None = None
    """Billing phone number for the order (including extension)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
