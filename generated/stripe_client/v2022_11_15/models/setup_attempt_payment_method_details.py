# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupAttemptPaymentMethodDetails(StripeObject):
    """SetupAttemptPaymentMethodDetails"""

    acss_debit: SetupAttemptPaymentMethodDetailsAcssDebit | None = None
    au_becs_debit: SetupAttemptPaymentMethodDetailsAuBecsDebit | None = None
    bacs_debit: SetupAttemptPaymentMethodDetailsBacsDebit | None = None
    bancontact: SetupAttemptPaymentMethodDetailsBancontact | None = None
    blik: SetupAttemptPaymentMethodDetailsBlik | None = None
    boleto: SetupAttemptPaymentMethodDetailsBoleto | None = None
    card: SetupAttemptPaymentMethodDetailsCard | None = None
    card_present: SetupAttemptPaymentMethodDetailsCardPresent | None = None
    ideal: SetupAttemptPaymentMethodDetailsIdeal | None = None
    klarna: SetupAttemptPaymentMethodDetailsKlarna | None = None
    link: SetupAttemptPaymentMethodDetailsLink | None = None
    sepa_debit: SetupAttemptPaymentMethodDetailsSepaDebit | None = None
    sofort: SetupAttemptPaymentMethodDetailsSofort | None = None
    type: str
    """The type of the payment method used in the SetupIntent (e.g., `card`). An additional hash is included on `payment_method_details` with a name matching this value. It contains confirmation-specific information for the payment method."""
    us_bank_account: SetupAttemptPaymentMethodDetailsUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_attempt_payment_method_details_acss_debit import (
    SetupAttemptPaymentMethodDetailsAcssDebit,
)
from .setup_attempt_payment_method_details_au_becs_debit import (
    SetupAttemptPaymentMethodDetailsAuBecsDebit,
)
from .setup_attempt_payment_method_details_bacs_debit import (
    SetupAttemptPaymentMethodDetailsBacsDebit,
)
from .setup_attempt_payment_method_details_bancontact import (
    SetupAttemptPaymentMethodDetailsBancontact,
)
from .setup_attempt_payment_method_details_blik import SetupAttemptPaymentMethodDetailsBlik
from .setup_attempt_payment_method_details_boleto import SetupAttemptPaymentMethodDetailsBoleto
from .setup_attempt_payment_method_details_card import SetupAttemptPaymentMethodDetailsCard
from .setup_attempt_payment_method_details_card_present import (
    SetupAttemptPaymentMethodDetailsCardPresent,
)
from .setup_attempt_payment_method_details_ideal import SetupAttemptPaymentMethodDetailsIdeal
from .setup_attempt_payment_method_details_klarna import SetupAttemptPaymentMethodDetailsKlarna
from .setup_attempt_payment_method_details_link import SetupAttemptPaymentMethodDetailsLink
from .setup_attempt_payment_method_details_sepa_debit import (
    SetupAttemptPaymentMethodDetailsSepaDebit,
)
from .setup_attempt_payment_method_details_sofort import SetupAttemptPaymentMethodDetailsSofort
from .setup_attempt_payment_method_details_us_bank_account import (
    SetupAttemptPaymentMethodDetailsUsBankAccount,
)
