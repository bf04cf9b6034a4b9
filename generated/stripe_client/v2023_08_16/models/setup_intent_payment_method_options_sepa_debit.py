# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsSepaDebit(StripeObject):
    """setup_intent_payment_method_options_sepa_debit"""

    mandate_options: SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent_payment_method_options_mandate_options_sepa_debit import (
    SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
)
