# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BalanceTransaction(StripeObject):
    """Balance transactions represent funds moving through your Stripe account.
    They're created for every type of transaction that comes into or flows out of your Stripe account balance.

    Related guide: [Balance Transaction Types](https://stripe.com/docs/reports/balance-transaction-types).
    """

    amount: int
    """Gross amount of the transaction, in %s."""
    available_on: int
    """The date the transaction's net funds will become available in the Stripe balance."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    description: str | None = None
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    exchange_rate: float | None = None
    """The exchange rate used, if applicable, for this transaction. Specifically, if money was converted from currency A to currency B, then the `amount` in currency A, times `exchange_rate`, would be the `amount` in currency B. For example, suppose you charged a customer 10.00 EUR. Then the PaymentIntent's `amount` would be `1000` and `currency` would be `eur`. Suppose this was converted into 12.34 USD in your Stripe account. Then the BalanceTransaction's `amount` would be `1234`, `currency` would be `usd`, and `exchange_rate` would be `1.234`."""
    fee: int
    """Fees (in %s) paid for this transaction."""
    fee_details: list[Fee]
    """Detailed breakdown of fees (in %s) paid for this transaction."""
    id: str
    """Unique identifier for the object."""
    net: int
    """Net amount of the transaction, in %s."""
    object: Literal["balance_transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    reporting_category: str
    """[Learn more](https://stripe.com/docs/reports/reporting-categories) about how reporting categories can help you understand balance transactions from an accounting perspective."""
    source: (
        str
        | ApplicationFee
        | Charge
        | ConnectCollectionTransfer
        | Dispute
        | FeeRefund
        | IssuingAuthorization
        | IssuingDispute
        | IssuingTransaction
        | Payout
        | PlatformTaxFee
        | Refund
        | ReserveTransaction
        | TaxDeductedAtSource
        | Topup
        | Transfer
        | TransferReversal
        | StripeObject
        | None
    ) = None
    """The Stripe object to which this transaction is related."""
    status: str
    """If the transaction's net funds are available in the Stripe balance yet. Either `available` or `pending`."""
    type: (
        Literal[
            "adjustment",
            "advance",
            "advance_funding",
            "anticipation_repayment",
            "application_fee",
            "application_fee_refund",
            "charge",
            "connect_collection_transfer",
            "contribution",
            "issuing_authorization_hold",
            "issuing_authorization_release",
            "issuing_dispute",
            "issuing_transaction",
            "payment",
            "payment_failure_refund",
            "payment_refund",
            "payout",
            "payout_cancel",
            "payout_failure",
            "refund",
            "refund_failure",
            "reserve_transaction",
            "reserved_funds",
            "stripe_fee",
            "stripe_fx_fee",
            "tax_fee",
            "topup",
            "topup_reversal",
            "transfer",
            "transfer_cancel",
            "transfer_failure",
            "transfer_refund",
        ]
        | str
    )
    """Transaction type: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `payment`, `payment_failure_refund`, `payment_refund`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`. [Learn more](https://stripe.com/docs/reports/balance-transaction-types) about balance transaction types and what they represent. If you are looking to classify transactions for accounting purposes, you might want to consider `reporting_category` instead."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .application_fee import ApplicationFee
from .charge import Charge
from .connect_collection_transfer import ConnectCollectionTransfer
from .dispute import Dispute
from .fee import Fee
from .fee_refund import FeeRefund
from .issuing_authorization import IssuingAuthorization
from .issuing_dispute import IssuingDispute
from .issuing_transaction import IssuingTransaction
from .payout import Payout
from .platform_tax_fee import PlatformTaxFee
from .refund import Refund
from .reserve_transaction import ReserveTransaction
from .tax_deducted_at_source import TaxDeductedAtSource
from .topup import Topup
from .transfer import Transfer
from .transfer_reversal import TransferReversal
