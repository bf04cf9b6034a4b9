# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class IssuingTransactionEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: IssuingTransaction
    """Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering or leaving
        your Stripe account, such as a completed purchase or refund, is represented by an Issuing
        `Transaction` object.

        Related guide: [Issued Card Transactions](https://stripe.com/docs/issuing/purchases/transactions).
        """
    previous_attributes: IssuingTransactionPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_transaction import IssuingTransaction
from .issuing_transaction_previous_attributes import IssuingTransactionPreviousAttributes
