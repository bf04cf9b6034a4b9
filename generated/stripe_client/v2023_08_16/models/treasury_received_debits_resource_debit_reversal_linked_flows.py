# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedDebitsResourceDebitReversalLinkedFlows(StripeObject):
    """TreasuryReceivedDebitsResourceDebitReversalLinkedFlows"""

    issuing_dispute: str | None = None
    """Set if there is an Issuing dispute associated with the DebitReversal."""
