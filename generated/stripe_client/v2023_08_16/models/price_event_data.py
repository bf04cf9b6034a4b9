# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PriceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Price
    """Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
        [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.

        For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.

        Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and prices](https://stripe.com/docs/products-prices/overview).
        """
    previous_attributes: PricePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .price import Price
from .price_previous_attributes import PricePreviousAttributes
