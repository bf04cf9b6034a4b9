# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer"""

    sender_bank: str | None = None
    """The name of the bank of the sender of the funding."""
    sender_branch: str | None = None
    """The name of the bank branch of the sender of the funding."""
    sender_name: str | None = None
    """The full name of the sender, as supplied by the sending bank."""
