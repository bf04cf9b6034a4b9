# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IssuingTransactionPreviousAttributes(StripeObject):
    """The previous values of the IssuingTransaction fields that changed."""

    amount: int | None = None
    """The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    amount_details: dict[str, Any] | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    authorization: str | dict[str, Any] | None = None
    """The `Authorization` object that led to this transaction."""
    balance_transaction: str | dict[str, Any] | None = None
    """ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction."""
    card: str | dict[str, Any] | None = None
    """The card used to make this transaction."""
    cardholder: str | dict[str, Any] | None = None
    """The cardholder to whom this transaction belongs."""
    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str | None = None
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    dispute: str | dict[str, Any] | None = None
    """If you've disputed the transaction, the ID of the dispute."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    merchant_amount: int | None = None
    """The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency."""
    merchant_currency: str | None = None
    """The currency with which the merchant is taking payment."""
    merchant_data: dict[str, Any] | None = None
    metadata: dict[str, str] | None = None
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["issuing.transaction"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    purchase_details: dict[str, Any] | None = None
    """Additional purchase information that is optionally provided by the merchant."""
    treasury: dict[str, Any] | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this transaction if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts"""
    type: Literal["capture", "refund"] | str | None = None
    """The nature of the transaction."""
    wallet: Literal["apple_pay", "google_pay", "samsung_pay"] | str | None = None
    """The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`."""
