# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Topup(StripeObject):
    """To top up your Stripe balance, you create a top-up object. You can retrieve
    individual top-ups, as well as list all top-ups. Top-ups are identified by a
    unique, random ID.

    Related guide: [Topping Up your Platform Account](https://stripe.com/docs/connect/top-ups).
    """

    amount: int
    """Amount transferred."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """ID of the balance transaction that describes the impact of this top-up on your account balance. May not be specified depending on status of top-up."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    expected_availability_date: int | None = None
    """Date the funds are expected to arrive in your Stripe account for payouts. This factors in delays like weekends or bank holidays. May not be specified depending on status of top-up."""
    failure_code: str | None = None
    """Error code explaining reason for top-up failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes)."""
    failure_message: str | None = None
    """Message to user further explaining reason for top-up failure if available."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["topup"]
    """String representing the object's type. Objects of the same type share the same value."""
    source: Source | None = None
    """For most Stripe users, the source of every top-up is a bank account. This hash is then the [source object](https://stripe.com/docs/api#source_object) describing that bank account."""
    statement_descriptor: str | None = None
    """Extra information about a top-up. This will appear on your source's bank statement. It must contain at least one letter."""
    status: Literal["canceled", "failed", "pending", "reversed", "succeeded"] | str
    """The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`."""
    transfer_group: str | None = None
    """A string that identifies this top-up as part of a group."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .source import Source
