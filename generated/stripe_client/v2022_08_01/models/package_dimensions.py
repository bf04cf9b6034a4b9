# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PackageDimensions(StripeObject):
    """PackageDimensions"""

    height: float
    """Height, in inches."""
    length: float
    """Length, in inches."""
    weight: float
    """Weight, in ounces."""
    width: float
    """Width, in inches."""
