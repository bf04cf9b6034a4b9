# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TreasuryCreditReversalEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TreasuryCreditReversal
    """You can reverse some [ReceivedCredits](https://stripe.com/docs/api#received_credits) depending on their network and source flow. Reversing a ReceivedCredit leads to the creation of a new object known as a CreditReversal."""
    previous_attributes: TreasuryCreditReversalPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_credit_reversal import TreasuryCreditReversal
from .treasury_credit_reversal_previous_attributes import TreasuryCreditReversalPreviousAttributes
