# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicesPaymentMethodOptions(StripeObject):
    """InvoicesPaymentMethodOptions"""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None = None
    """If paying by `acss_debit`, this sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to the invoice’s PaymentIntent."""
    bancontact: InvoicePaymentMethodOptionsBancontact | None = None
    """If paying by `bancontact`, this sub-hash contains details about the Bancontact payment method options to pass to the invoice’s PaymentIntent."""
    card: InvoicePaymentMethodOptionsCard | None = None
    """If paying by `card`, this sub-hash contains details about the Card payment method options to pass to the invoice’s PaymentIntent."""
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None = None
    """If paying by `customer_balance`, this sub-hash contains details about the Bank transfer payment method options to pass to the invoice’s PaymentIntent."""
    konbini: InvoicePaymentMethodOptionsKonbini | None = None
    """If paying by `konbini`, this sub-hash contains details about the Konbini payment method options to pass to the invoice’s PaymentIntent."""
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None = None
    """If paying by `us_bank_account`, this sub-hash contains details about the ACH direct debit payment method options to pass to the invoice’s PaymentIntent."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_payment_method_options_acss_debit import InvoicePaymentMethodOptionsAcssDebit
from .invoice_payment_method_options_bancontact import InvoicePaymentMethodOptionsBancontact
from .invoice_payment_method_options_card import InvoicePaymentMethodOptionsCard
from .invoice_payment_method_options_customer_balance import (
    InvoicePaymentMethodOptionsCustomerBalance,
)
from .invoice_payment_method_options_konbini import InvoicePaymentMethodOptionsKonbini
from .invoice_payment_method_options_us_bank_account import InvoicePaymentMethodOptionsUsBankAccount
