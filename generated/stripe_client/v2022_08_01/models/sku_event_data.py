# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SkuEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Sku
    """Stores representations of [stock keeping units](http://en.wikipedia.org/wiki/Stock_keeping_unit).
        SKUs describe specific product variations, taking into account any combination of: attributes,
        currency, and cost. For example, a product may be a T-shirt, whereas a specific SKU represents
        the `size: large`, `color: red` version of that shirt.

        Can also be used to manage inventory.
        """
    previous_attributes: SkuPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .sku import Sku
from .sku_previous_attributes import SkuPreviousAttributes
