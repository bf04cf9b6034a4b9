# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class IssuingTransaction(StripeObject):
    """Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering or leaving
    your Stripe account, such as a completed purchase or refund, is represented by an Issuing
    `Transaction` object.

    Related guide: [Issued card transactions](https://stripe.com/docs/issuing/purchases/transactions)
    """

    amount: int
    """The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    amount_details: IssuingTransactionAmountDetails | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    authorization: str | IssuingAuthorization | StripeObject | None = None
    """The `Authorization` object that led to this transaction."""
    balance_transaction: str | BalanceTransaction | StripeObject | None = None
    """ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction."""
    card: str | IssuingCard | StripeObject
    """The card used to make this transaction."""
    cardholder: str | IssuingCardholder | StripeObject | None = None
    """The cardholder to whom this transaction belongs."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    dispute: str | IssuingDispute | StripeObject | None = None
    """If you've disputed the transaction, the ID of the dispute."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    merchant_amount: int
    """The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency."""
    merchant_currency: str
    """The currency with which the merchant is taking payment."""
    merchant_data: IssuingAuthorizationMerchantData
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["issuing.transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    purchase_details: IssuingTransactionPurchaseDetails | None = None
    """Additional purchase information that is optionally provided by the merchant."""
    treasury: IssuingTransactionTreasury | None = None
    """[Treasury](https://stripe.com/docs/api/treasury) details related to this transaction if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts"""
    type: Literal["capture", "refund"] | str
    """The nature of the transaction."""
    wallet: Literal["apple_pay", "google_pay", "samsung_pay"] | str | None = None
    """The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .balance_transaction import BalanceTransaction
from .issuing_authorization import IssuingAuthorization
from .issuing_authorization_merchant_data import IssuingAuthorizationMerchantData
from .issuing_card import IssuingCard
from .issuing_cardholder import IssuingCardholder
from .issuing_dispute import IssuingDispute
from .issuing_transaction_amount_details import IssuingTransactionAmountDetails
from .issuing_transaction_purchase_details import IssuingTransactionPurchaseDetails
from .issuing_transaction_treasury import IssuingTransactionTreasury
