# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ChargeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Charge
    """To charge a credit or a debit card, you create a `Charge` object. You can
        retrieve and refund individual charges as well as list all charges. Charges
        are identified by a unique, random ID.

        Related guide: [Accept a payment with the Charges API](https://stripe.com/docs/payments/accept-a-payment-charges).
        """
    previous_attributes: ChargePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
from .charge_previous_attributes import ChargePreviousAttributes
