# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountSettings(StripeObject):
    """AccountSettings"""

    bacs_debit_payments: AccountBacsDebitPaymentsSettings | None = None
    branding: AccountBrandingSettings
    card_issuing: AccountCardIssuingSettings | None = None
    card_payments: AccountCardPaymentsSettings
    dashboard: AccountDashboardSettings
    payments: AccountPaymentsSettings
    payouts: AccountPayoutSettings | None = None
    sepa_debit_payments: AccountSepaDebitPaymentsSettings | None = None
    treasury: AccountTreasurySettings | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account_bacs_debit_payments_settings import AccountBacsDebitPaymentsSettings
from .account_branding_settings import AccountBrandingSettings
from .account_card_issuing_settings import AccountCardIssuingSettings
from .account_card_payments_settings import AccountCardPaymentsSettings
from .account_dashboard_settings import AccountDashboardSettings
from .account_payments_settings import AccountPaymentsSettings
from .account_payout_settings import AccountPayoutSettings
from .account_sepa_debit_payments_settings import AccountSepaDebitPaymentsSettings
from .account_treasury_settings import AccountTreasurySettings
