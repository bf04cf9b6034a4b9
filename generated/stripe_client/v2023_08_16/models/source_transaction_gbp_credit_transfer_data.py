# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionGbpCreditTransferData(StripeObject):
    """SourceTransactionGbpCreditTransferData"""

    fingerprint: str | None = None
    """Bank account fingerprint associated with the Stripe owned bank account receiving the transfer."""
    funding_method: str | None = None
    """The credit transfer rails the sender used to push this transfer. The possible rails are: Faster Payments, BACS, CHAPS, and wire transfers. Currently only Faster Payments is supported."""
    last4: str | None = None
    """Last 4 digits of sender account number associated with the transfer."""
    reference: str | None = None
    """Sender entered arbitrary information about the transfer."""
    sender_account_number: str | None = None
    """Sender account number associated with the transfer."""
    sender_name: str | None = None
    """Sender name associated with the transfer."""
    sender_sort_code: str | None = None
    """Sender sort code associated with the transfer."""
