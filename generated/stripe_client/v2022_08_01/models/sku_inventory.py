# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SkuInventory(StripeObject):
    """SKUInventory"""

    quantity: int | None = None
    """The count of inventory available. Will be present if and only if `type` is `finite`."""
    type: str
    """Inventory type. Possible values are `finite`, `bucket` (not quantified), and `infinite`."""
    value: str | None = None
    """An indicator of the inventory available. Possible values are `in_stock`, `limited`, and `out_of_stock`. Will be present if and only if `type` is `bucket`."""
