# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PromotionCodePreviousAttributes(StripeObject):
    """The previous values of the PromotionCode fields that changed."""

    active: bool | None = None
    """Whether the promotion code is currently active. A promotion code is only active if the coupon is also valid."""
    code: str | None = None
    """The customer-facing code. Regardless of case, this code must be unique across all active promotion codes for each customer."""
    coupon: dict[str, Any] | None = None
    """A coupon contains information about a percent-off or amount-off discount you
        might want to apply to a customer. Coupons may be applied to [subscriptions](https://stripe.com/docs/api#subscriptions), [invoices](https://stripe.com/docs/api#invoices),
        [checkout sessions](https://stripe.com/docs/api/checkout/sessions), [quotes](https://stripe.com/docs/api#quotes), and more. Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge) or [payment intents](https://stripe.com/docs/api/payment_intents).
        """
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    customer: str | dict[str, Any] | None = None
    """The customer that this promotion code can be used by."""
    expires_at: int | None = None
    """Date at which the promotion code can no longer be redeemed."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    max_redemptions: int | None = None
    """Maximum number of times this promotion code can be redeemed."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["promotion_code"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    restrictions: dict[str, Any] | None = None
    times_redeemed: int | None = None
    """Number of times this promotion code has been used."""
