# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: SourceTransaction
    """Some payment methods have no required amount that a customer must send.
        Customers can be instructed to send any amount, and it can be made up of
        multiple transactions. As such, sources can have multiple associated
        transactions.
        """
    previous_attributes: SourceTransactionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .source_transaction import SourceTransaction
from .source_transaction_previous_attributes import SourceTransactionPreviousAttributes
