# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class CustomerCashBalanceTransactionPreviousAttributes(StripeObject):
    """The previous values of the CustomerCashBalanceTransaction fields that changed."""

    applied_to_payment: dict[str, Any] | None = None
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    customer: str | dict[str, Any] | None = None
    """The customer whose available cash balance changed as a result of this transaction."""
    ending_balance: int | None = None
    """The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    funded: dict[str, Any] | None = None
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    net_amount: int | None = None
    """The amount by which the cash balance changed, represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). A positive value represents funds being added to the cash balance, a negative value represents funds being removed from the cash balance."""
    object: Literal["customer_cash_balance_transaction"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    refunded_from_payment: dict[str, Any] | None = None
    type: (
        Literal[
            "applied_to_payment",
            "funded",
            "refunded_from_payment",
            "return_canceled",
            "return_initiated",
            "unapplied_from_payment",
        ]
        | str
        | None
    ) = None
    """The type of the cash balance transaction. One of `applied_to_payment`, `unapplied_from_payment`, `refunded_from_payment`, `funded`, `return_initiated`, or `return_canceled`. New types may be added in future. See [Customer Balance](https://stripe.com/docs/payments/customer-balance#types) to learn more about these types."""
    unapplied_from_payment: dict[str, Any] | None = None
