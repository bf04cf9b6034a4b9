# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class FeeRefundPreviousAttributes(StripeObject):
    """The previous values of the FeeRefund fields that changed."""

    amount: int | None = None
    """Amount, in %s."""
    balance_transaction: str | dict[str, Any] | None = None
    """Balance transaction that describes the impact on your account balance."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    fee: str | dict[str, Any] | None = None
    """ID of the application fee that was refunded."""
    id: str | None = None
    """Unique identifier for the object."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["fee_refund"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
