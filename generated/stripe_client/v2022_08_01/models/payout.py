# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Payout(StripeObject):
    """A `Payout` object is created when you receive funds from Stripe, or when you
    initiate a payout to either a bank account or debit card of a [connected
    Stripe account](/docs/connect/bank-debit-card-payouts). You can retrieve individual payouts,
    as well as list all payouts. Payouts are made on [varying
    schedules](/docs/connect/manage-payout-schedule), depending on your country and
    industry.

    Related guide: [Receiving Payouts](https://stripe.com/docs/payouts).
    """

    amount: int
    """Amount (in %s) to be transferred to your bank account or debit card."""
    arrival_date: int
    """Date the payout is expected to arrive in the bank. This factors in delays like weekends or bank holidays."""
    automatic: bool
    """Returns `true` if the payout was created by an [automated payout schedule](https://stripe.com/docs/payouts#payout-schedule), and `false` if it was [requested manually](https://stripe.com/docs/payouts#manual-payouts)."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """ID of the balance transaction that describes the impact of this payout on your account balance."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    destination: (
        str | BankAccount | Card | DeletedBankAccount | DeletedCard | StripeObject | None
    ) = None
    """ID of the bank account or card the payout was sent to."""
    failure_balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """If the payout failed or was canceled, this will be the ID of the balance transaction that reversed the initial balance transaction, and puts the funds from the failed payout back in your balance."""
    failure_code: str | None = None
    """Error code explaining reason for payout failure if available. See [Types of payout failures](https://stripe.com/docs/api#payout_failures) for a list of failure codes."""
    failure_message: str | None = None
    """Message to user further explaining reason for payout failure if available."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    method: str
    """The method used to send this payout, which can be `standard` or `instant`. `instant` is only supported for payouts to debit cards. (See [Instant payouts for marketplaces](https://stripe.com/blog/instant-payouts-for-marketplaces) for more information.)"""
    object: Literal["payout"]
    """String representing the object's type. Objects of the same type share the same value."""
    original_payout: str | Payout | StripeObject | None = None
    """If the payout reverses another, this is the ID of the original payout."""
    reversed_by: str | Payout | StripeObject | None = None
    """If the payout was reversed, this is the ID of the payout that reverses this payout."""
    source_type: str
    """The source balance this payout came from. One of `card`, `fpx`, or `bank_account`."""
    statement_descriptor: str | None = None
    """Extra information about a payout to be displayed on the user's bank statement."""
    status: str
    """Current status of the payout: `paid`, `pending`, `in_transit`, `canceled` or `failed`. A payout is `pending` until it is submitted to the bank, when it becomes `in_transit`. The status then changes to `paid` if the transaction goes through, or to `failed` or `canceled` (within 5 business days). Some failed payouts may initially show as `paid` but then change to `failed`."""
    type: Literal["bank_account", "card"] | str
    """Can be `bank_account` or `card`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .bank_account import BankAccount
from .card import Card
from .deleted_bank_account import DeletedBankAccount
from .deleted_card import DeletedCard
