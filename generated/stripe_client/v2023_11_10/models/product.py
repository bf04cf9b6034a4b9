# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Product(StripeObject):
    """Products describe the specific goods or services you offer to your customers (curated minimally)."""

    active: bool
    """Whether the product is currently available for purchase."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    default_price: str | Price | StripeObject | None = None
    """The ID of the Price object that is the default price for this product."""
    description: str | None = None
    """The product's description, meant to be displayable to the customer."""
    features: list[ProductFeature]
    """A list of up to 15 features for this product, shown in pricing tables."""
    id: str
    """Unique identifier for the object."""
    images: list[str]
    """A list of up to 8 URLs of images for this product."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    name: str
    """The product's name, meant to be displayable to the customer."""
    object: Literal["product"]
    """String representing the object's type."""
    updated: int
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""
    url: str | None = None
    """A URL of a publicly-accessible webpage for this product."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .price import Price
from .product_feature import ProductFeature
