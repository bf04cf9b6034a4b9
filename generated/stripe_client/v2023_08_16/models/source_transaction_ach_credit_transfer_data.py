# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionAchCreditTransferData(StripeObject):
    """SourceTransactionAchCreditTransferData"""

    customer_data: str | None = None
    """Customer data associated with the transfer."""
    fingerprint: str | None = None
    """Bank account fingerprint associated with the transfer."""
    last4: str | None = None
    """Last 4 digits of the account number associated with the transfer."""
    routing_number: str | None = None
    """Routing number associated with the transfer."""
