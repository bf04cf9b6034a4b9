# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ApplicationFee(StripeObject):
    """PlatformFee"""

    account: str | Account | StripeObject
    """ID of the Stripe account this fee was taken from."""
    amount: int
    """Amount earned, in cents (or local equivalent)."""
    amount_refunded: int
    """Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the fee if a partial refund was issued)"""
    application: str | Application | StripeObject
    """ID of the Connect application that earned the fee."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds)."""
    charge: str | Charge | StripeObject
    """ID of the charge that the application fee was taken from."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["application_fee"]
    """String representing the object's type. Objects of the same type share the same value."""
    originating_transaction: str | Charge | StripeObject | None = None
    """ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter."""
    refunded: bool
    """Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false."""
    refunds: ApplicationFeeRefunds
    """A list of refunds that have been applied to the fee."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .application import Application
from .application_fee_refunds import ApplicationFeeRefunds
from .balance_transaction import BalanceTransaction
from .charge import Charge
