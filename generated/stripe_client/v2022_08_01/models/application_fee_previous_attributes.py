# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ApplicationFeePreviousAttributes(StripeObject):
    """The previous values of the ApplicationFee fields that changed."""

    account: str | dict[str, Any] | None = None
    """ID of the Stripe account this fee was taken from."""
    amount: int | None = None
    """Amount earned, in %s."""
    amount_refunded: int | None = None
    """Amount in %s refunded (can be less than the amount attribute on the fee if a partial refund was issued)"""
    application: str | dict[str, Any] | None = None
    """ID of the Connect application that earned the fee."""
    balance_transaction: str | dict[str, Any] | None = None
    """Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds)."""
    charge: str | dict[str, Any] | None = None
    """ID of the charge that the application fee was taken from."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["application_fee"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    originating_transaction: str | dict[str, Any] | None = None
    """ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter."""
    refunded: bool | None = None
    """Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false."""
    refunds: dict[str, Any] | None = None
    """A list of refunds that have been applied to the fee."""
