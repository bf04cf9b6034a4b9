# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SubscriptionsResourcePaymentMethodOptions(StripeObject):
    """SubscriptionsResourcePaymentMethodOptions"""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None = None
    """This sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to invoices created by the subscription."""
    bancontact: InvoicePaymentMethodOptionsBancontact | None = None
    """This sub-hash contains details about the Bancontact payment method options to pass to invoices created by the subscription."""
    card: SubscriptionPaymentMethodOptionsCard | None = None
    """This sub-hash contains details about the Card payment method options to pass to invoices created by the subscription."""
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None = None
    """This sub-hash contains details about the Bank transfer payment method options to pass to invoices created by the subscription."""
    konbini: InvoicePaymentMethodOptionsKonbini | None = None
    """This sub-hash contains details about the Konbini payment method options to pass to invoices created by the subscription."""
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None = None
    """This sub-hash contains details about the ACH direct debit payment method options to pass to invoices created by the subscription."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .invoice_payment_method_options_acss_debit import InvoicePaymentMethodOptionsAcssDebit
from .invoice_payment_method_options_bancontact import InvoicePaymentMethodOptionsBancontact
from .invoice_payment_method_options_customer_balance import (
    InvoicePaymentMethodOptionsCustomerBalance,
)
from .invoice_payment_method_options_konbini import InvoicePaymentMethodOptionsKonbini
from .invoice_payment_method_options_us_bank_account import InvoicePaymentMethodOptionsUsBankAccount
from .subscription_payment_method_options_card import SubscriptionPaymentMethodOptionsCard
