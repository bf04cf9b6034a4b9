# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class BillingDetails(StripeObject):
    """billing_details"""

    address: Address | None = None
    """Billing address."""
    email: str | None = None
    """Email address."""
    name: str | None = None
    """Full name."""
    phone: str | None = None
    """Billing phone number (including extension)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
