# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionSepaCreditTransferData(StripeObject):
    """SourceTransactionSepaCreditTransferData"""

    reference: str | None = None
    """Reference associated with the transfer."""
    sender_iban: str | None = None
    """Sender's bank account IBAN."""
    sender_name: str | None = None
    """Sender's name."""
