# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedDebitsResourceLinkedFlows(StripeObject):
    """TreasuryReceivedDebitsResourceLinkedFlows"""

    debit_reversal: str | None = None
    """The DebitReversal created as a result of this ReceivedDebit being reversed."""
    inbound_transfer: str | None = None
    """Set if the ReceivedDebit is associated with an InboundTransfer's return of funds."""
    issuing_authorization: str | None = None
    """Set if the ReceivedDebit was created due to an [Issuing Authorization](https://stripe.com/docs/api#issuing_authorizations) object."""
    issuing_transaction: str | None = None
    """Set if the ReceivedDebit is also viewable as an [Issuing Dispute](https://stripe.com/docs/api#issuing_disputes) object."""
