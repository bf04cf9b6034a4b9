# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class PayoutPreviousAttributes(StripeObject):
    """The previous values of the Payout fields that changed."""

    amount: int | None = None
    """Amount (in cents (or local equivalent)) to be transferred to your bank account or debit card."""
    arrival_date: int | None = None
    """Date the payout is expected to arrive in the bank. This factors in delays like weekends or bank holidays."""
    automatic: bool | None = None
    """Returns `true` if the payout was created by an [automated payout schedule](https://stripe.com/docs/payouts#payout-schedule), and `false` if it was [requested manually](https://stripe.com/docs/payouts#manual-payouts)."""
    balance_transaction: str | dict[str, Any] | None = None
    """ID of the balance transaction that describes the impact of this payout on your account balance."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    destination: str | dict[str, Any] | None = None
    """ID of the bank account or card the payout was sent to."""
    failure_balance_transaction: str | dict[str, Any] | None = None
    """If the payout failed or was canceled, this will be the ID of the balance transaction that reversed the initial balance transaction, and puts the funds from the failed payout back in your balance."""
    failure_code: str | None = None
    """Error code explaining reason for payout failure if available. See [Types of payout failures](https://stripe.com/docs/api#payout_failures) for a list of failure codes."""
    failure_message: str | None = None
    """Message to user further explaining reason for payout failure if available."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    method: str | None = None
    """The method used to send this payout, which can be `standard` or `instant`. `instant` is supported for payouts to debit cards and bank accounts in certain countries. (See [Bank support for Instant Payouts](https://stripe.com/docs/payouts/instant-payouts-banks) for more information.)"""
    object: Literal["payout"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    original_payout: str | dict[str, Any] | None = None
    """If the payout reverses another, this is the ID of the original payout."""
    reconciliation_status: Literal["completed", "in_progress", "not_applicable"] | str | None = None
    """If `completed`, the [Balance Transactions API](https://stripe.com/docs/api/balance_transactions/list#balance_transaction_list-payout) may be used to list all Balance Transactions that were paid out in this payout."""
    reversed_by: str | dict[str, Any] | None = None
    """If the payout was reversed, this is the ID of the payout that reverses this payout."""
    source_type: str | None = None
    """The source balance this payout came from. One of `card`, `fpx`, or `bank_account`."""
    statement_descriptor: str | None = None
    """Extra information about a payout to be displayed on the user's bank statement."""
    status: str | None = None
    """Current status of the payout: `paid`, `pending`, `in_transit`, `canceled` or `failed`. A payout is `pending` until it is submitted to the bank, when it becomes `in_transit`. The status then changes to `paid` if the transaction goes through, or to `failed` or `canceled` (within 5 business days). Some failed payouts may initially show as `paid` but then change to `failed`."""
    type: Literal["bank_account", "card"] | str | None = None
    """Can be `bank_account` or `card`."""
