# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsCustomerBalance(StripeObject):
    """invoice_payment_method_options_customer_balance"""

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None = None
    funding_type: Literal["bank_transfer"] | None = None
    """The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_payment_method_options_customer_balance_bank_transfer import (
    InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
)
