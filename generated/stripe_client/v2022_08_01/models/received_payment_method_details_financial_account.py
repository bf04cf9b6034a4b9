# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ReceivedPaymentMethodDetailsFinancialAccount(StripeObject):
    """received_payment_method_details_financial_account"""

    id: str
    """The FinancialAccount ID."""
    network: Literal["stripe"]
    """The rails the ReceivedCredit was sent over. A FinancialAccount can only send funds over `stripe`."""
