# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomUnitAmount(StripeObject):
    """CustomUnitAmount"""

    maximum: int | None = None
    """The maximum unit amount the customer can specify for this item."""
    minimum: int | None = None
    """The minimum unit amount the customer can specify for this item. Must be at least the minimum charge amount."""
    preset: int | None = None
    """The starting unit amount which can be updated by the customer."""
