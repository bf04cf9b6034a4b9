# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer"""

    eu_bank_transfer: (
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer
        | None
    ) = None
    reference: str | None = None
    """The user-supplied reference field on the bank transfer."""
    type: (
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
        | str
    )
    """The funding method type used to fund the customer balance. Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, or `mx_bank_transfer`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer import (
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
)
