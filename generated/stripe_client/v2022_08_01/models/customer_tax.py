# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerTax(StripeObject):
    """CustomerTax"""

    automatic_tax: Literal["failed", "not_collecting", "supported", "unrecognized_location"] | str
    """Surfaces if automatic tax computation is possible given the current customer location information."""
    ip_address: str | None = None
    """A recent IP address of the customer used for tax reporting and tax location inference."""
    location: CustomerTaxLocation | None = None
    """The customer's location as identified by Stripe Tax."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_tax_location import CustomerTaxLocation
