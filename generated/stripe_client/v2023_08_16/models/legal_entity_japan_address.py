# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LegalEntityJapanAddress(StripeObject):
    """LegalEntityJapanAddress"""

    city: str | None = None
    """City/Ward."""
    country: str | None = None
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    line1: str | None = None
    """Block/Building number."""
    line2: str | None = None
    """Building details."""
    postal_code: str | None = None
    """ZIP or postal code."""
    state: str | None = None
    """Prefecture."""
    town: str | None = None
    """Town/cho-me."""
