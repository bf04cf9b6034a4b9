# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ShippingRate(StripeObject):
    """Shipping rates describe the price of shipping presented to your customers and can be
    applied to [Checkout Sessions](https://stripe.com/docs/payments/checkout/shipping)
    and [Orders](https://stripe.com/docs/orders/shipping) to collect shipping costs.
    """

    active: bool
    """Whether the shipping rate can be used for new purchases. Defaults to `true`."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    delivery_estimate: ShippingRateDeliveryEstimate | None = None
    """The estimated range for how long shipping will take, meant to be displayable to the customer. This will appear on CheckoutSessions."""
    display_name: str | None = None
    """The name of the shipping rate, meant to be displayable to the customer. This will appear on CheckoutSessions."""
    fixed_amount: ShippingRateFixedAmount | None = None
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["shipping_rate"]
    """String representing the object's type. Objects of the same type share the same value."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | str | None = None
    """Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`."""
    tax_code: str | TaxCode | StripeObject | None = None
    """A [tax code](https://stripe.com/docs/tax/tax-categories) ID. The Shipping tax code is `txcd_92010001`."""
    type: Literal["fixed_amount"]
    """The type of calculation to use on the shipping rate. Can only be `fixed_amount` for now."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .shipping_rate_delivery_estimate import ShippingRateDeliveryEstimate
from .shipping_rate_fixed_amount import ShippingRateFixedAmount
from .tax_code import TaxCode
