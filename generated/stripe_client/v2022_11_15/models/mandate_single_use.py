# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class MandateSingleUse(StripeObject):
    """mandate_single_use"""

    amount: int
    """On a single use mandate, the amount of the payment."""
    currency: str
    """On a single use mandate, the currency of the payment."""
