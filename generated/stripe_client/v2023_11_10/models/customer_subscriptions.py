# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerSubscriptions(StripeObject):
    """The customer's current subscriptions, if any (only present when expanded)."""

    data: list[Subscription]
    has_more: bool
    object: Literal["list"]
    url: str


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscription import Subscription
