# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptions(StripeObject):
    """SetupIntentPaymentMethodOptions"""

    acss_debit: (
        SetupIntentPaymentMethodOptionsAcssDebit
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    blik: (
        SetupIntentPaymentMethodOptionsBlik
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    card: SetupIntentPaymentMethodOptionsCard | None = None
    link: (
        SetupIntentPaymentMethodOptionsLink
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    sepa_debit: (
        SetupIntentPaymentMethodOptionsSepaDebit
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None
    us_bank_account: (
        SetupIntentPaymentMethodOptionsUsBankAccount
        | SetupIntentTypeSpecificPaymentMethodOptionsClient
        | StripeObject
        | None
    ) = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent_payment_method_options_acss_debit import SetupIntentPaymentMethodOptionsAcssDebit
from .setup_intent_payment_method_options_blik import SetupIntentPaymentMethodOptionsBlik
from .setup_intent_payment_method_options_card import SetupIntentPaymentMethodOptionsCard
from .setup_intent_payment_method_options_link import SetupIntentPaymentMethodOptionsLink
from .setup_intent_payment_method_options_sepa_debit import SetupIntentPaymentMethodOptionsSepaDebit
from .setup_intent_payment_method_options_us_bank_account import (
    SetupIntentPaymentMethodOptionsUsBankAccount,
)
from .setup_intent_type_specific_payment_method_options_client import (
    SetupIntentTypeSpecificPaymentMethodOptionsClient,
)
