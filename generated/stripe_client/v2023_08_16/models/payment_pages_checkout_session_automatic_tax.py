# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionAutomaticTax(StripeObject):
    """PaymentPagesCheckoutSessionAutomaticTax"""

    enabled: bool
    """Indicates whether automatic tax is enabled for the session"""
    status: Literal["complete", "failed", "requires_location_inputs"] | str | None = None
    """The status of the most recent automated tax calculation for this session."""
