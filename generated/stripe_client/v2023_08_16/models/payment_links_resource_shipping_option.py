# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentLinksResourceShippingOption(StripeObject):
    """PaymentLinksResourceShippingOption"""

    shipping_amount: int
    """A non-negative integer in cents representing how much to charge."""
    shipping_rate: str | ShippingRate | StripeObject
    """The ID of the Shipping Rate to use for this shipping option."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .shipping_rate import ShippingRate
