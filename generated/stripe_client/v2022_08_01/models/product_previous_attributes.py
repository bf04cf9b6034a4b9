# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ProductPreviousAttributes(StripeObject):
    """The previous values of the Product fields that changed."""

    active: bool | None = None
    """Whether the product is currently available for purchase."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    default_price: str | dict[str, Any] | None = None
    """The ID of the [Price](https://stripe.com/docs/api/prices) object that is the default price for this product."""
    description: str | None = None
    """The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes."""
    id: str | None = None
    """Unique identifier for the object."""
    images: list[str] | None = None
    """A list of up to 8 URLs of images for this product, meant to be displayable to the customer."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str | None = None
    """The product's name, meant to be displayable to the customer."""
    object: Literal["product"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    package_dimensions: dict[str, Any] | None = None
    """The dimensions of this product for shipping purposes."""
    shippable: bool | None = None
    """Whether this product is shipped (i.e., physical goods)."""
    statement_descriptor: str | None = None
    """Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used."""
    tax_code: str | dict[str, Any] | None = None
    """A [tax code](https://stripe.com/docs/tax/tax-categories) ID."""
    unit_label: str | None = None
    """A label that represents units of this product in Stripe and on customers’ receipts and invoices. When set, this will be included in associated invoice line item descriptions."""
    updated: int | None = None
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""
    url: str | None = None
    """A URL of a publicly-accessible webpage for this product."""
