# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionChfCreditTransferData(StripeObject):
    """SourceTransactionChfCreditTransferData"""

    reference: str | None = None
    """Reference associated with the transfer."""
    sender_address_country: str | None = None
    """Sender's country address."""
    sender_address_line1: str | None = None
    """Sender's line 1 address."""
    sender_iban: str | None = None
    """Sender's bank account IBAN."""
    sender_name: str | None = None
    """Sender's name."""
