# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsUsBankAccount(StripeObject):
    """setup_intent_payment_method_options_us_bank_account"""

    financial_connections: LinkedAccountOptionsUsBankAccount | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | str | None = None
    """Bank account verification method."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .linked_account_options_us_bank_account import LinkedAccountOptionsUsBankAccount
