# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Address(StripeObject):
    """Address"""

    city: str | None = None
    """City, district, suburb, town, or village."""
    country: str | None = None
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    line1: str | None = None
    """Address line 1 (e.g., street, PO Box, or company name)."""
    line2: str | None = None
    """Address line 2 (e.g., apartment, suite, unit, or building)."""
    postal_code: str | None = None
    """ZIP or postal code."""
    state: str | None = None
    """State, county, province, or region."""
