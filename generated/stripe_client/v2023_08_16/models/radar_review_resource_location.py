# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RadarReviewResourceLocation(StripeObject):
    """RadarReviewResourceLocation"""

    city: str | None = None
    """The city where the payment originated."""
    country: str | None = None
    """Two-letter ISO code representing the country where the payment originated."""
    latitude: float | None = None
    """The geographic latitude where the payment originated."""
    longitude: float | None = None
    """The geographic longitude where the payment originated."""
    region: str | None = None
    """The state/county/province/region where the payment originated."""
