# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FeeRefundEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: FeeRefund
    """`Application Fee Refund` objects allow you to refund an application fee that
        has previously been created but not yet refunded. Funds will be refunded to
        the Stripe account from which the fee was originally collected.

        Related guide: [Refunding application fees](https://stripe.com/docs/connect/destination-charges#refunding-app-fee)
        """
    previous_attributes: FeeRefundPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .fee_refund import FeeRefund
from .fee_refund_previous_attributes import FeeRefundPreviousAttributes
