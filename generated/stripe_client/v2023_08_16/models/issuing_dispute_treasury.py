# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingDisputeTreasury(StripeObject):
    """IssuingDisputeTreasury"""

    debit_reversal: str | None = None
    """The Treasury [DebitReversal](https://stripe.com/docs/api/treasury/debit_reversals) representing this Issuing dispute"""
    received_debit: str
    """The Treasury [ReceivedDebit](https://stripe.com/docs/api/treasury/received_debits) that is being disputed."""
