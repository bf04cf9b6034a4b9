# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SourceTransaction(StripeObject):
    """Some payment methods have no required amount that a customer must send.
    Customers can be instructed to send any amount, and it can be made up of
    multiple transactions. As such, sources can have multiple associated
    transactions.
    """

    ach_credit_transfer: SourceTransactionAchCreditTransferData | None = None
    amount: int
    """A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount your customer has pushed to the receiver."""
    chf_credit_transfer: SourceTransactionChfCreditTransferData | None = None
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    gbp_credit_transfer: SourceTransactionGbpCreditTransferData | None = None
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["source_transaction"]
    """String representing the object's type. Objects of the same type share the same value."""
    paper_check: SourceTransactionPaperCheckData | None = None
    sepa_credit_transfer: SourceTransactionSepaCreditTransferData | None = None
    source: str
    """The ID of the source this transaction is attached to."""
    status: str
    """The status of the transaction, one of `succeeded`, `pending`, or `failed`."""
    type: (
        Literal[
            "ach_credit_transfer",
            "ach_debit",
            "alipay",
            "bancontact",
            "card",
            "card_present",
            "eps",
            "giropay",
            "ideal",
            "klarna",
            "multibanco",
            "p24",
            "sepa_debit",
            "sofort",
            "three_d_secure",
            "wechat",
        ]
        | str
    )
    """The type of source this transaction is attached to."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source_transaction_ach_credit_transfer_data import SourceTransactionAchCreditTransferData
from .source_transaction_chf_credit_transfer_data import SourceTransactionChfCreditTransferData
from .source_transaction_gbp_credit_transfer_data import SourceTransactionGbpCreditTransferData
from .source_transaction_paper_check_data import SourceTransactionPaperCheckData
from .source_transaction_sepa_credit_transfer_data import SourceTransactionSepaCreditTransferData
