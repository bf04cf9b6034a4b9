# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TransformQuantity(StripeObject):
    """TransformQuantity"""

    divide_by: int
    """Divide usage by this number."""
    round: Literal["down", "up"] | str
    """After division, either round the result `up` or `down`."""
