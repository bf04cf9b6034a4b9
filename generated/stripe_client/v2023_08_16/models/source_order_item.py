# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceOrderItem(StripeObject):
    """SourceOrderItem"""

    amount: int | None = None
    """The amount (price) for this order item."""
    currency: str | None = None
    """This currency of this order item. Required when `amount` is present."""
    description: str | None = None
    """Human-readable description for this order item."""
    parent: str | None = None
    """The ID of the associated object for this line item. Expandable if not null (e.g., expandable to a SKU)."""
    quantity: int | None = None
    """The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered."""
    type: str | None = None
    """The type of this order item. Must be `sku`, `tax`, or `shipping`."""
