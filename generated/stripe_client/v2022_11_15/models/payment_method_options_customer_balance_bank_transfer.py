# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodOptionsCustomerBalanceBankTransfer(StripeObject):
    """payment_method_options_customer_balance_bank_transfer"""

    eu_bank_transfer: PaymentMethodOptionsCustomerBalanceEuBankAccount | None = None
    requested_address_types: (
        list[Literal["iban", "sepa", "sort_code", "spei", "zengin"] | str] | None
    ) = None
    """List of address types that should be returned in the financial_addresses response. If not specified, all valid types will be returned.

        Permitted values include: `sort_code`, `zengin`, `iban`, or `spei`.
        """
    type: (
        Literal["eu_bank_transfer", "gb_bank_transfer", "jp_bank_transfer", "mx_bank_transfer"]
        | str
        | None
    ) = None
    """The bank transfer type that this PaymentIntent is allowed to use for funding Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, or `mx_bank_transfer`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_options_customer_balance_eu_bank_account import (
    PaymentMethodOptionsCustomerBalanceEuBankAccount,
)
