# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceOwner(StripeObject):
    """SourceOwner"""

    address: Address | None = None
    """Owner's address."""
    email: str | None = None
    """Owner's email address."""
    name: str | None = None
    """Owner's full name."""
    phone: str | None = None
    """Owner's phone number (including extension)."""
    verified_address: Address | None = None
    """Verified owner's address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    verified_email: str | None = None
    """Verified owner's email address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    verified_name: str | None = None
    """Verified owner's full name. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    verified_phone: str | None = None
    """Verified owner's phone number (including extension). Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
