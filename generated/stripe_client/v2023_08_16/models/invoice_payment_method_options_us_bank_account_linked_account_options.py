# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(StripeObject):
    """invoice_payment_method_options_us_bank_account_linked_account_options"""

    permissions: list[Literal["balances", "payment_method", "transactions"] | str] | None = None
    """The list of permissions to request. The `payment_method` permission must be included."""
    prefetch: list[Literal["balances"]] | None = None
    """Data features requested to be retrieved upon account creation."""
