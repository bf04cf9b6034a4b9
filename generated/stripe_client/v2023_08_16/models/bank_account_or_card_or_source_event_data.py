# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class BankAccountOrCardOrSourceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: BankAccount | Card | Source | StripeObject
    previous_attributes: dict[str, Any] | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .bank_account import BankAccount
from .card import Card
from .source import Source
