# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Charge
    """The `Charge` object represents a single attempt to move money into your Stripe account.
        PaymentIntent confirmation is the most common way to create Charges, but transferring
        money to a different Stripe account through Connect also creates Charges.
        Some legacy payment flows create Charges directly, which is not recommended for new integrations.
        """
    previous_attributes: ChargePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .charge_previous_attributes import ChargePreviousAttributes
