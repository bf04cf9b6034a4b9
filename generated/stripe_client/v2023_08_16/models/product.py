# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Product(StripeObject):
    """Products describe the specific goods or services you offer to your customers.
    For example, you might offer a Standard and Premium version of your goods or service; each version would be a separate Product.
    They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment Links, Checkout, and Subscriptions.

    Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
    [share a Payment Link](https://stripe.com/docs/payment-links),
    [accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
    and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)
    """

    active: bool
    """Whether the product is currently available for purchase."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    default_price: str | Price | StripeObject | None = None
    """The ID of the [Price](https://stripe.com/docs/api/prices) object that is the default price for this product."""
    description: str | None = None
    """The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes."""
    features: list[ProductFeature]
    """A list of up to 15 features for this product. These are displayed in [pricing tables](https://stripe.com/docs/payments/checkout/pricing-table)."""
    id: str
    """Unique identifier for the object."""
    images: list[str]
    """A list of up to 8 URLs of images for this product, meant to be displayable to the customer."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str
    """The product's name, meant to be displayable to the customer."""
    object: Literal["product"]
    """String representing the object's type. Objects of the same type share the same value."""
    package_dimensions: PackageDimensions | None = None
    """The dimensions of this product for shipping purposes."""
    shippable: bool | None = None
    """Whether this product is shipped (i.e., physical goods)."""
    statement_descriptor: str | None = None
    """Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used."""
    tax_code: str | TaxCode | StripeObject | None = None
    """A [tax code](https://stripe.com/docs/tax/tax-categories) ID."""
    unit_label: str | None = None
    """A label that represents units of this product. When set, this will be included in customers' receipts, invoices, Checkout, and the customer portal."""
    updated: int
    """Time at which the object was last updated. Measured in seconds since the Unix epoch."""
    url: str | None = None
    """A URL of a publicly-accessible webpage for this product."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .package_dimensions import PackageDimensions
from .price import Price
from .product_feature import ProductFeature
from .tax_code import TaxCode
