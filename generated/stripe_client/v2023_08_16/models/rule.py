# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Rule(StripeObject):
    """RadarRule"""

    action: str
    """The action taken on the payment."""
    id: str
    """Unique identifier for the object."""
    predicate: str
    """The predicate to evaluate the payment against."""
