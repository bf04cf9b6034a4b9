# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceMandateNotificationBacsDebitData(StripeObject):
    """SourceMandateNotificationBacsDebitData"""

    last4: str | None = None
    """Last 4 digits of the account number associated with the debit."""
