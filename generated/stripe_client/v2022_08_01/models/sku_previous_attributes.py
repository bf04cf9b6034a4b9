# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class SkuPreviousAttributes(StripeObject):
    """The previous values of the Sku fields that changed."""

    active: bool | None = None
    """Whether the SKU is available for purchase."""
    attributes: dict[str, str] | None = None
    """A dictionary of attributes and values for the attributes defined by the product. If, for example, a product's attributes are `["size", "gender"]`, a valid SKU has the following dictionary of attributes: `{"size": "Medium", "gender": "Unisex"}`."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str | None = None
    """Unique identifier for the object."""
    image: str | None = None
    """The URL of an image for this SKU, meant to be displayable to the customer."""
    inventory: dict[str, Any] | None = None
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["sku"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    package_dimensions: dict[str, Any] | None = None
    """The dimensions of this SKU for shipping purposes."""
    price: int | None = None
    """The cost of the item as a positive integer in the smallest currency unit (that is, 100 cents to charge $1.00, or 100 to charge ¥100, Japanese Yen being a zero-decimal currency)."""
    product: str | dict[str, Any] | None = None
    """The ID of the product this SKU is associated with. The product must be currently active."""
    updated: int | None = None
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""
