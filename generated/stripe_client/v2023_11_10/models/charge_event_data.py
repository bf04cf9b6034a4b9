# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeEventData(StripeObject):
    """A `charge.*` event: the charge."""

    object: Charge
    """The Charge object represents a single attempt to move money into your Stripe account. PaymentIntent confirmation is the most common way to create Charges."""
    previous_attributes: ChargePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .charge_previous_attributes import ChargePreviousAttributes
