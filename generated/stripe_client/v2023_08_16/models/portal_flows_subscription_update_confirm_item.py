# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PortalFlowsSubscriptionUpdateConfirmItem(StripeObject):
    """PortalFlowsSubscriptionUpdateConfirmItem"""

    id: str | None = None
    """The ID of the [subscription item](https://stripe.com/docs/api/subscriptions/object#subscription_object-items-data-id) to be updated."""
    price: str | None = None
    """The price the customer should subscribe to through this flow. The price must also be included in the configuration's [`features.subscription_update.products`](docs/api/customer_portal/configuration#portal_configuration_object-features-subscription_update-products)."""
    quantity: int | None = None
    """[Quantity](https://stripe.com/docs/subscriptions/quantities) for this item that the customer should subscribe to through this flow."""
