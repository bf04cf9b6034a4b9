# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Coupon(StripeObject):
    """A coupon contains information about a percent-off or amount-off discount you might want to apply to a customer."""

    id: str
    """Unique identifier for the object."""
    object: Literal["coupon"]
    """String representing the object's type. Objects of the same type share the same value."""
    amount_off: int | None = None
    """Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """If `amount_off` has been set, the three-letter ISO code for the currency of the amount to take off."""
    duration: Literal["forever", "once", "repeating"] | str
    """One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount."""
    duration_in_months: int | None = None
    """If `duration` is `repeating`, the number of months the coupon applies. Null otherwise."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    max_redemptions: int | None = None
    """Maximum number of times this coupon can be redeemed, in total, across all customers."""
    metadata: dict[str, str] | None = None
    """Set of key-value pairs attached to the object."""
    name: str | None = None
    """Name of the coupon displayed to customers on for instance invoices or receipts."""
    percent_off: float | None = None
    """Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon."""
    redeem_by: int | None = None
    """Date after which the coupon can no longer be redeemed."""
    times_redeemed: int
    """Number of times this coupon has been applied to a customer."""
    valid: bool
    """Taking account of the above properties, whether this coupon can still be applied to a customer."""
