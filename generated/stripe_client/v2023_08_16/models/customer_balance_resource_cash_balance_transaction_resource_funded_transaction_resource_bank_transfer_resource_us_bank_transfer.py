# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer(
    StripeObject
):
    """CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer"""

    network: Literal["ach", "domestic_wire_us", "swift"] | str | None = None
    """The banking network used for this funding."""
    sender_name: str | None = None
    """The full name of the sender, as supplied by the sending bank."""
