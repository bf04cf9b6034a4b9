# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TransferEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Transfer
    """A `Transfer` object is created when you move funds between Stripe accounts as
        part of Connect.

        Before April 6, 2017, transfers also represented movement of funds from a
        Stripe account to a card or bank account. This behavior has since been split
        out into a [Payout](https://stripe.com/docs/api#payout_object) object, with corresponding payout endpoints. For more
        information, read about the
        [transfer/payout split](https://stripe.com/docs/transfer-payout-split).

        Related guide: [Creating separate charges and transfers](https://stripe.com/docs/connect/separate-charges-and-transfers)
        """
    previous_attributes: TransferPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .transfer import Transfer
from .transfer_previous_attributes import TransferPreviousAttributes
