# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OrdersV2ResourceAutomaticTax(StripeObject):
    """OrdersV2ResourceAutomaticTax"""

    enabled: bool
    """Whether Stripe automatically computes tax on this Order."""
    status: Literal["complete", "failed", "requires_location_inputs"] | str | None = None
    """The status of the most recent automated tax calculation for this Order."""
