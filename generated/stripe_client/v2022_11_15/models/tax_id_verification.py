# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxIdVerification(StripeObject):
    """tax_id_verification"""

    status: Literal["pending", "unavailable", "unverified", "verified"] | str
    """Verification status, one of `pending`, `verified`, `unverified`, or `unavailable`."""
    verified_address: str | None = None
    """Verified address."""
    verified_name: str | None = None
    """Verified name."""
