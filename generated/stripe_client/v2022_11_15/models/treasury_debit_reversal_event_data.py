# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryDebitReversalEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryDebitReversal
    """You can reverse some [ReceivedDebits](https://stripe.com/docs/api#received_debits) depending on their network and source flow. Reversing a ReceivedDebit leads to the creation of a new object known as a DebitReversal."""
    previous_attributes: TreasuryDebitReversalPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_debit_reversal import TreasuryDebitReversal
from .treasury_debit_reversal_previous_attributes import TreasuryDebitReversalPreviousAttributes
