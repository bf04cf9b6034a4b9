# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
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
    verified_email: str | None = None
    """Verified owner's email address."""
    verified_name: str | None = None
    """Verified owner's full name."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
