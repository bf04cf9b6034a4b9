# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class MandatePaymentMethodDetails(StripeObject):
    """mandate_payment_method_details"""

    acss_debit: MandateAcssDebit | None = None
    au_becs_debit: MandateAuBecsDebit | None = None
    bacs_debit: MandateBacsDebit | None = None
    blik: MandateBlik | None = None
    card: CardMandatePaymentMethodDetails | None = None
    link: MandateLink | None = None
    sepa_debit: MandateSepaDebit | None = None
    type: str
    """The type of the payment method associated with this mandate. An additional hash is included on `payment_method_details` with a name matching this value. It contains mandate information specific to the payment method."""
    us_bank_account: MandateUsBankAccount | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .card_mandate_payment_method_details import CardMandatePaymentMethodDetails
from .mandate_acss_debit import MandateAcssDebit
from .mandate_au_becs_debit import MandateAuBecsDebit
from .mandate_bacs_debit import MandateBacsDebit
from .mandate_blik import MandateBlik
from .mandate_link import MandateLink
from .mandate_sepa_debit import MandateSepaDebit
from .mandate_us_bank_account import MandateUsBankAccount
