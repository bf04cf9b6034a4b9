# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceMandateNotificationSepaDebitData(StripeObject):
    """SourceMandateNotificationSepaDebitData"""

    creditor_identifier: str | None = None
    """SEPA creditor ID."""
    last4: str | None = None
    """Last 4 digits of the account number associated with the debit."""
    mandate_reference: str | None = None
    """Mandate reference associated with the debit."""
