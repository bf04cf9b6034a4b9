# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxProductResourcePostalAddress(StripeObject):
    """TaxProductResourcePostalAddress"""

    city: str | None = None
    """City, district, suburb, town, or village."""
    country: str
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    line1: str | None = None
    """Address line 1 (e.g., street, PO Box, or company name)."""
    line2: str | None = None
    """Address line 2 (e.g., apartment, suite, unit, or building)."""
    postal_code: str | None = None
    """ZIP or postal code."""
    state: str | None = None
    """State/province as an [ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2) subdivision code, without country prefix. Example: "NY" or "TX"."""
