# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class InvoicePaymentMethodOptionsAcssDebitMandateOptions(StripeObject):
    """invoice_payment_method_options_acss_debit_mandate_options"""

    transaction_type: Literal["business", "personal"] | str | None = None
    """Transaction type of the mandate."""
