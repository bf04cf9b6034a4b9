# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodUsBankAccountStatusDetails(StripeObject):
    """payment_method_us_bank_account_status_details"""

    blocked: PaymentMethodUsBankAccountBlocked | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_us_bank_account_blocked import PaymentMethodUsBankAccountBlocked
