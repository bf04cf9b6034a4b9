# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceOrder(StripeObject):
    """SourceOrder"""

    amount: int
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    email: str | None = None
    """The email address of the customer placing the order."""
    items: list[SourceOrderItem] | None = None
    """List of items constituting the order."""
    shipping: Shipping | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .shipping import Shipping
from .source_order_item import SourceOrderItem
