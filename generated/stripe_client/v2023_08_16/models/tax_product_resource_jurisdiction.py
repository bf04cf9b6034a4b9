# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceJurisdiction(StripeObject):
    """TaxProductResourceJurisdiction"""

    country: str
    """Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2))."""
    display_name: str
    """A human-readable name for the jurisdiction imposing the tax."""
    level: Literal["city", "country", "county", "district", "state"] | str
    """Indicates the level of the jurisdiction imposing the tax."""
    state: str | None = None
    """[ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US), without country prefix. For example, "NY" for New York, United States."""
