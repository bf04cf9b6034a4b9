# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class CouponPreviousAttributes(StripeObject):
    """The previous values of the Coupon fields that changed."""

    amount_off: int | None = None
    """Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer."""
    applies_to: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """If `amount_off` has been set, the three-letter [ISO code for the currency](https://stripe.com/docs/currencies) of the amount to take off."""
    currency_options: dict[str, dict[str, Any]] | None = None
    """Coupons defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies)."""
    duration: Literal["forever", "once", "repeating"] | str | None = None
    """One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount."""
    duration_in_months: int | None = None
    """If `duration` is `repeating`, the number of months the coupon applies. Null if coupon `duration` is `forever` or `once`."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    max_redemptions: int | None = None
    """Maximum number of times this coupon can be redeemed, in total, across all customers, before it is no longer valid."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    name: str | None = None
    """Name of the coupon displayed to customers on for instance invoices or receipts."""
    object: Literal["coupon"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    percent_off: float | None = None
    """Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon. For example, a coupon with percent_off of 50 will make a $ (or local equivalent)100 invoice $ (or local equivalent)50 instead."""
    redeem_by: int | None = None
    """Date after which the coupon can no longer be redeemed."""
    times_redeemed: int | None = None
    """Number of times this coupon has been applied to a customer."""
    valid: bool | None = None
    """Taking account of the above properties, whether this coupon can still be applied to a customer."""
