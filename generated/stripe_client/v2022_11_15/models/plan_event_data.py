# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PlanEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Plan
    """You can now model subscriptions more flexibly using the [Prices API](https://stripe.com/docs/api#prices). It replaces the Plans API and is backwards compatible to simplify your migration.

        Plans define the base price, currency, and billing cycle for recurring purchases of products.
        [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and plans help you track pricing. Different physical goods or levels of service should be represented by products, and pricing options should be represented by plans. This approach lets you change prices without having to change your provisioning scheme.

        For example, you might have a single "gold" product that has plans for $10/month, $100/year, €9/month, and €90/year.

        Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription) and more about [products and prices](https://stripe.com/docs/products-prices/overview).
        """
    previous_attributes: PlanPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .plan import Plan
from .plan_previous_attributes import PlanPreviousAttributes
