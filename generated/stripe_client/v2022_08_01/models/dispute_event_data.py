# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DisputeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Dispute
    """A dispute occurs when a customer questions your charge with their card issuer.
        When this happens, you're given the opportunity to respond to the dispute with
        evidence that shows that the charge is legitimate. You can find more
        information about the dispute process in our [Disputes and
        Fraud](/docs/disputes) documentation.

        Related guide: [Disputes and Fraud](https://stripe.com/docs/disputes).
        """
    previous_attributes: DisputePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .dispute import Dispute
from .dispute_previous_attributes import DisputePreviousAttributes
