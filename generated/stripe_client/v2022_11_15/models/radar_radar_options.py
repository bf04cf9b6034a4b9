# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RadarRadarOptions(StripeObject):
    """Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information."""

    session: str | None = None
    """A [Radar Session](https://stripe.com/docs/radar/radar-session) is a snapshot of the browser metadata and device details that help Radar make more accurate predictions on your payments."""
