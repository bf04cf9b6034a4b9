# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: Customer
    """This object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer.

        Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment).
        """
    previous_attributes: CustomerPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer import Customer
from .customer_previous_attributes import CustomerPreviousAttributes
