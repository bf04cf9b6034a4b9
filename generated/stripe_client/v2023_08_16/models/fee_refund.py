# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FeeRefund(StripeObject):
    """`Application Fee Refund` objects allow you to refund an application fee that
    has previously been created but not yet refunded. Funds will be refunded to
    the Stripe account from which the fee was originally collected.

    Related guide: [Refunding application fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)
    """

    amount: int
    """Amount, in cents (or local equivalent)."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """Balance transaction that describes the impact on your account balance."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    fee: str | ApplicationFee | StripeObject
    """ID of the application fee that was refunded."""
    id: str
    """Unique identifier for the object."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["fee_refund"]
    """String representing the object's type. Objects of the same type share the same value."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .application_fee import ApplicationFee
from .balance_transaction import BalanceTransaction
