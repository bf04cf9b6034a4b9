# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Price(StripeObject):
    """Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products."""

    active: bool
    """Whether the price can be used for new purchases."""
    billing_scheme: Literal["per_unit", "tiered"] | str
    """Describes how to compute the price per period."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or `false` in test mode."""
    lookup_key: str | None = None
    """A lookup key used to retrieve prices dynamically from a static string."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    nickname: str | None = None
    """A brief description of the price, hidden from customers."""
    object: Literal["price"]
    """String representing the object's type."""
    product: str | Product | DeletedProduct | StripeObject
    """The ID of the product this price is associated with."""
    recurring: Recurring | None = None
    """The recurring components of a price such as `interval` and `usage_type`."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | str | None = None
    """Whether the price is considered inclusive of taxes or exclusive of taxes."""
    type: Literal["one_time", "recurring"] | str
    """One of `one_time` or `recurring` depending on whether the price is for a one-time purchase or a recurring (subscription) purchase."""
    unit_amount: int | None = None
    """The unit amount in cents to be charged, represented as a whole integer if possible."""
    unit_amount_decimal: str | None = None
    """The unit amount in cents to be charged, represented as a decimal string with at most 12 decimal places."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .deleted_product import DeletedProduct
from .product import Product
from .recurring import Recurring
