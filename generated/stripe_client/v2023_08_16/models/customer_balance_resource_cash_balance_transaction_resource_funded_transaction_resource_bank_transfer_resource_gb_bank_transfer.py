# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer"""

    account_number_last4: str | None = None
    """The last 4 digits of the account number of the sender of the funding."""
    sender_name: str | None = None
    """The full name of the sender, as supplied by the sending bank."""
    sort_code: str | None = None
    """The sort code of the bank of the sender of the funding"""
