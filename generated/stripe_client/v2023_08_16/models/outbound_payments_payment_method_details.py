# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OutboundPaymentsPaymentMethodDetails(StripeObject):
    """OutboundPaymentsPaymentMethodDetails"""

    billing_details: TreasurySharedResourceBillingDetails
    financial_account: OutboundPaymentsPaymentMethodDetailsFinancialAccount | None = None
    type: Literal["financial_account", "us_bank_account"] | str
    """The type of the payment method used in the OutboundPayment."""
    us_bank_account: OutboundPaymentsPaymentMethodDetailsUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .outbound_payments_payment_method_details_financial_account import (
    OutboundPaymentsPaymentMethodDetailsFinancialAccount,
)
from .outbound_payments_payment_method_details_us_bank_account import (
    OutboundPaymentsPaymentMethodDetailsUsBankAccount,
)
from .treasury_shared_resource_billing_details import TreasurySharedResourceBillingDetails
