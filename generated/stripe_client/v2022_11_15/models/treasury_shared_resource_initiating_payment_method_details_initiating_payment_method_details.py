# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
    StripeObject
):
    """TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails"""

    balance: Literal["payments"] | None = None
    """Set when `type` is `balance`."""
    billing_details: TreasurySharedResourceBillingDetails
    financial_account: ReceivedPaymentMethodDetailsFinancialAccount | None = None
    issuing_card: str | None = None
    """Set when `type` is `issuing_card`. This is an [Issuing Card](https://stripe.com/docs/api#issuing_cards) ID."""
    type: Literal["balance", "financial_account", "issuing_card", "stripe", "us_bank_account"] | str
    """Polymorphic type matching the originating money movement's source. This can be an external account, a Stripe balance, or a FinancialAccount."""
    us_bank_account: TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .received_payment_method_details_financial_account import (
    ReceivedPaymentMethodDetailsFinancialAccount,
)
from .treasury_shared_resource_billing_details import TreasurySharedResourceBillingDetails
from .treasury_shared_resource_initiating_payment_method_details_us_bank_account import (
    TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
)
