# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction(StripeObject):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction"""

    bank_transfer: (
        CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer
    )


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer import (
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
)
