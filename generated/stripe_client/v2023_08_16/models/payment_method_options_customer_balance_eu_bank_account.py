# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodOptionsCustomerBalanceEuBankAccount(StripeObject):
    """payment_method_options_customer_balance_eu_bank_account"""

    country: Literal["BE", "DE", "ES", "FR", "IE", "NL"] | str
    """The desired country code of the bank account information. Permitted values include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`."""
