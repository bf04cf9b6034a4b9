# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionReceiptData(StripeObject):
    """IssuingTransactionReceiptData"""

    description: str | None = None
    """The description of the item. The maximum length of this field is 26 characters."""
    quantity: float | None = None
    """The quantity of the item."""
    total: int | None = None
    """The total for this line item in cents."""
    unit_cost: int | None = None
    """The unit cost of the item in cents."""
