# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer"""

    bic: str | None = None
    """The BIC of the bank of the sender of the funding."""
    iban_last4: str | None = None
    """The last 4 digits of the IBAN of the sender of the funding."""
    sender_name: str | None = None
    """The full name of the sender, as supplied by the sending bank."""
