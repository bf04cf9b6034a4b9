# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RadarReviewResourceSession(StripeObject):
    """RadarReviewResourceSession"""

    browser: str | None = None
    """The browser used in this browser session (e.g., `Chrome`)."""
    device: str | None = None
    """Information about the device used for the browser session (e.g., `Samsung SM-G930T`)."""
    platform: str | None = None
    """The platform for the browser session (e.g., `Macintosh`)."""
    version: str | None = None
    """The version for the browser session (e.g., `61.0.3163.100`)."""
