# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class MandateEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Mandate
    """A Mandate is a record of the permission a customer has given you to debit their payment method."""
    previous_attributes: MandatePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .mandate import Mandate
from .mandate_previous_attributes import MandatePreviousAttributes
