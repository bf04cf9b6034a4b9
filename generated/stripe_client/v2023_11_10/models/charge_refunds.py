# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ChargeRefunds(StripeObject):
    """A list of refunds that have been applied to the charge."""

    data: list[Refund]
    has_more: bool
    object: Literal["list"]
    url: str


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .refund import Refund
