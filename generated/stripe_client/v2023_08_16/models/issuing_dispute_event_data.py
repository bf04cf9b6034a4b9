# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingDisputeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: IssuingDispute
    """As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.

        Related guide: [Issuing disputes](https://stripe.com/docs/issuing/purchases/disputes)
        """
    previous_attributes: IssuingDisputePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_dispute import IssuingDispute
from .issuing_dispute_previous_attributes import IssuingDisputePreviousAttributes
