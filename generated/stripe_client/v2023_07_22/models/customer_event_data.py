# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CustomerEventData(StripeObject):
    """A `customer.*` event: the customer."""

    object: Customer
    """A Customer object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer."""
    previous_attributes: CustomerPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer import Customer
from .customer_previous_attributes import CustomerPreviousAttributes
