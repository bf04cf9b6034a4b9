# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Sku(StripeObject):
    """Stores representations of [stock keeping units](http://en.wikipedia.org/wiki/Stock_keeping_unit).
    SKUs describe specific product variations, taking into account any combination of: attributes,
    currency, and cost. For example, a product may be a T-shirt, whereas a specific SKU represents
    the `size: large`, `color: red` version of that shirt.

    Can also be used to manage inventory.
    """

    active: bool
    """Whether the SKU is available for purchase."""
    attributes: dict[str, str]
    """A dictionary of attributes and values for the attributes defined by the product. If, for example, a product's attributes are `["size", "gender"]`, a valid SKU has the following dictionary of attributes: `{"size": "Medium", "gender": "Unisex"}`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str
    """Unique identifier for the object."""
    image: str | None = None
    """The URL of an image for this SKU, meant to be displayable to the customer."""
    inventory: SkuInventory
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["sku"]
    """String representing the object's type. Objects of the same type share the same value."""
    package_dimensions: PackageDimensions | None = None
    """The dimensions of this SKU for shipping purposes."""
    price: int
    """The cost of the item as a positive integer in the smallest currency unit (that is, 100 cents to charge $1.00, or 100 to charge ¥100, Japanese Yen being a zero-decimal currency)."""
    product: str | Product | StripeObject
    """The ID of the product this SKU is associated with. The product must be currently active."""
    updated: int
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .package_dimensions import PackageDimensions
from .product import Product
from .sku_inventory import SkuInventory
