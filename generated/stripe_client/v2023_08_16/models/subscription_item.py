# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionItem(StripeObject):
    """Subscription items allow you to create customer subscriptions with more than
    one plan, making it easy to represent complex billing relationships.
    """

    billing_thresholds: SubscriptionItemBillingThresholds | None = None
    """Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period"""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["subscription_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    price: Price
    """Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
        [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.

        For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.

        Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and prices](https://stripe.com/docs/products-prices/overview).
        """
    quantity: int | None = None
    """The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to which the customer should be subscribed."""
    subscription: str
    """The `subscription` this `subscription_item` belongs to."""
    tax_rates: list[TaxRate] | None = None
    """The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .price import Price
from .subscription_item_billing_thresholds import SubscriptionItemBillingThresholds
from .tax_rate import TaxRate
