# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntentCharges(StripeObject):
    """Charges that were created by this PaymentIntent, if any."""

    data: list[Charge]
    """This list only contains the latest charge, even if there were previously multiple unsuccessful charges. To view all previous charges for a PaymentIntent, you can filter the charges list using the `payment_intent` [parameter](https://stripe.com/docs/api/charges/list#list_charges-payment_intent)."""
    has_more: bool
    """True if this list has another page of items after this one that can be fetched."""
    object: Literal["list"]
    """String representing the object's type. Objects of the same type share the same value. Always has the value `list`."""
    url: str
    """The URL where this list can be accessed."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .charge import Charge
