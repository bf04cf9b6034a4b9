# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer(StripeObject):
    """invoice_payment_method_options_customer_balance_bank_transfer"""

    eu_bank_transfer: (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer | None
    ) = None
    type: str | None = None
    """The bank transfer type that can be used for funding. Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, or `mx_bank_transfer`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
)
