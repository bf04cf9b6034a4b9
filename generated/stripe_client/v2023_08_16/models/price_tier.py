# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PriceTier(StripeObject):
    """PriceTier"""

    flat_amount: int | None = None
    """Price for the entire tier."""
    flat_amount_decimal: str | None = None
    """Same as `flat_amount`, but contains a decimal value with at most 12 decimal places."""
    unit_amount: int | None = None
    """Per unit price for units relevant to the tier."""
    unit_amount_decimal: str | None = None
    """Same as `unit_amount`, but contains a decimal value with at most 12 decimal places."""
    up_to: int | None = None
    """Up to and including to this quantity will be contained in the tier."""
