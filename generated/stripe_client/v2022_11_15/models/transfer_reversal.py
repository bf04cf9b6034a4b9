# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TransferReversal(StripeObject):
    """[Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers made to a
    connected account, either entirely or partially, and can also specify whether
    to refund any related application fees. Transfer reversals add to the
    platform's balance and subtract from the destination account's balance.

    Reversing a transfer that was made for a [destination
    charge](/docs/connect/destination-charges) is allowed only up to the amount of
    the charge. It is possible to reverse a
    [transfer_group](https://stripe.com/docs/connect/charges-transfers#transfer-options)
    transfer only if the destination account has enough balance to cover the
    reversal.

    Related guide: [Reversing Transfers](https://stripe.com/docs/connect/charges-transfers#reversing-transfers).
    """

    amount: int
    """Amount, in %s."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """Balance transaction that describes the impact on your account balance."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    destination_payment_refund: str | Refund | StripeObject | None = None
    """Linked payment refund for the transfer reversal."""
    id: str
    """Unique identifier for the object."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["transfer_reversal"]
    """String representing the object's type. Objects of the same type share the same value."""
    source_refund: str | Refund | StripeObject | None = None
    """ID of the refund responsible for the transfer reversal."""
    transfer: str | Transfer | StripeObject
    """ID of the transfer that was reversed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .refund import Refund
from .transfer import Transfer
