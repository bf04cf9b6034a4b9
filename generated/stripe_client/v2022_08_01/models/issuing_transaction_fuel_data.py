# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionFuelData(StripeObject):
    """IssuingTransactionFuelData"""

    type: str
    """The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`."""
    unit: str
    """The units for `volume_decimal`. One of `us_gallon` or `liter`."""
    unit_cost_decimal: str
    """The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places."""
    volume_decimal: str | None = None
    """The volume of the fuel that was pumped, represented as a decimal string with at most 12 decimal places."""
