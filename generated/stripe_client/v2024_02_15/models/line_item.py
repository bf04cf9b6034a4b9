# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class LineItem(StripeObject):
    """One line of an invoice."""

    id: str
    """Unique identifier for the object."""
    object: Literal["line_item"]
    """String representing the object's type. Objects of the same type share the same value."""
    amount: int
    """The amount, in cents (or local equivalent)."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    description: str | None = None
    """An arbitrary string attached to the object."""
    discountable: bool
    """If true, discounts will apply to this line item. Always false for prorations."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of key-value pairs attached to the object."""
    period: InvoiceLineItemPeriod
    price: Price | None = None
    """The price of the line item."""
    proration: bool
    """Whether this is a proration."""
    quantity: int | None = None
    """The quantity of the subscription, if the line item is a subscription or a proration."""
    subscription: str | Subscription | StripeObject | None = None
    """The subscription that the invoice item pertains to, if any."""
    subscription_item: str | SubscriptionItem | StripeObject | None = None
    """The subscription item that generated this line item."""
    type: Literal["invoiceitem", "subscription"] | str
    """The type of the source of this line item, either an `invoiceitem` or a `subscription`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_line_item_period import InvoiceLineItemPeriod
from .price import Price
from .subscription import Subscription
from .subscription_item import SubscriptionItem
