# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DisputeEventData(StripeObject):
    """A `charge.dispute.*` event: the dispute."""

    object: Dispute
    """A dispute occurs when a customer questions your charge with their card issuer. You are given the opportunity to respond to the dispute with evidence that shows that the charge is legitimate."""
    previous_attributes: DisputePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .dispute import Dispute
from .dispute_previous_attributes import DisputePreviousAttributes
