# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsAcssDebit(StripeObject):
    """setup_intent_payment_method_options_acss_debit"""

    currency: Literal["cad", "usd"] | str | None = None
    """Currency supported by the bank account"""
    mandate_options: SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit | None = None
    verification_method: Literal["automatic", "instant", "microdeposits"] | str | None = None
    """Bank account verification method."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent_payment_method_options_mandate_options_acss_debit import (
    SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
)
