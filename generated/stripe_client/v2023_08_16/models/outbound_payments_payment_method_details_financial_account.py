# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class OutboundPaymentsPaymentMethodDetailsFinancialAccount(StripeObject):
    """outbound_payments_payment_method_details_financial_account"""

    id: str
    """Token of the FinancialAccount."""
    network: Literal["stripe"]
    """The rails used to send funds."""
