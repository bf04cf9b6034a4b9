# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SubscriptionItems(StripeObject):
    """List of subscription items, each with an attached price."""

    data: list[SubscriptionItem]
    has_more: bool
    object: Literal["list"]
    url: str


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .subscription_item import SubscriptionItem
