# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentLinkLineItems(StripeObject):
    """The line items representing what is being sold."""

    data: list[Item]
    """Details about each object."""
    has_more: bool
    """True if this list has another page of items after this one that can be fetched."""
    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same value. Always has the value `list`."""
    url: str
    """The URL where this list can be accessed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .item import Item
