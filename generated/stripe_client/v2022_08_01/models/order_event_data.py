# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class OrderEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Order
    """An Order describes a purchase being made by a customer, including the
        products & quantities being purchased, the order status, the payment information,
        and the billing/shipping details.

        Related guide: [Orders overview](https://stripe.com/docs/orders)
        """
    previous_attributes: OrderPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .order import Order
from .order_previous_attributes import OrderPreviousAttributes
