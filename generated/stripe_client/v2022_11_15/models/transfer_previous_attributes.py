# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class TransferPreviousAttributes(StripeObject):
    """The previous values of the Transfer fields that changed."""

    amount: int | None = None
    """Amount in %s to be transferred."""
    amount_reversed: int | None = None
    """Amount in %s reversed (can be less than the amount attribute on the transfer if a partial reversal was issued)."""
    balance_transaction: str | dict[str, Any] | None = None
    """Balance transaction that describes the impact of this transfer on your account balance."""
    created: int | None = None
    """Time that this record of the transfer was first created."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    destination: str | dict[str, Any] | None = None
    """ID of the Stripe account the transfer was sent to."""
    destination_payment: str | dict[str, Any] | None = None
    """If the destination is a Stripe account, this will be the ID of the payment that the destination account received for the transfer."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["transfer"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    reversals: dict[str, Any] | None = None
    """A list of reversals that have been applied to the transfer."""
    reversed: bool | None = None
    """Whether the transfer has been fully reversed. If the transfer is only partially reversed, this attribute will still be false."""
    source_transaction: str | dict[str, Any] | None = None
    """ID of the charge or payment that was used to fund the transfer. If null, the transfer was funded from the available balance."""
    source_type: str | None = None
    """The source balance this transfer came from. One of `card`, `fpx`, or `bank_account`."""
    transfer_group: str | None = None
    """A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers#transfer-options) for details."""
