# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class RefundEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Refund
    """`Refund` objects allow you to refund a charge that has previously been created
        but not yet refunded. Funds will be refunded to the credit or debit card that
        was originally charged.

        Related guide: [Refunds](https://stripe.com/docs/refunds)
        """
    previous_attributes: RefundPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .refund import Refund
from .refund_previous_attributes import RefundPreviousAttributes
