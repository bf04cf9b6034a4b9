# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(StripeObject):
    """invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer"""

    country: Literal["DE", "ES", "FR", "IE", "NL"] | str
    """The desired country code of the bank account information. Permitted values include: `DE`, `ES`, `FR`, `IE`, or `NL`."""
