# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ProductEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Product
    """Products describe the specific goods or services you offer to your customers.
        For example, you might offer a Standard and Premium version of your goods or service; each version would be a separate Product.
        They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment Links, Checkout, and Subscriptions.

        Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
        [share a Payment Link](https://stripe.com/docs/payment-links),
        [accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
        and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)
        """
    previous_attributes: ProductPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .product import Product
from .product_previous_attributes import ProductPreviousAttributes
