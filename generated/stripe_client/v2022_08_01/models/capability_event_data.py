# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CapabilityEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Capability
    """This is an object representing a capability for a Stripe account.

        Related guide: [Account capabilities](https://stripe.com/docs/connect/account-capabilities).
        """
    previous_attributes: CapabilityPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .capability import Capability
from .capability_previous_attributes import CapabilityPreviousAttributes
