# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class AccountBacsDebitPaymentsSettings(StripeObject):
    """AccountBacsDebitPaymentsSettings"""

    display_name: str | None = None
    """The Bacs Direct Debit Display Name for this account. For payments made with Bacs Direct Debit, this will appear on the mandate, and as the statement descriptor."""
