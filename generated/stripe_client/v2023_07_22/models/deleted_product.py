# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class DeletedProduct(StripeObject):
    """DeletedProduct"""

    deleted: Literal[True]
    """Always true for a deleted object."""
    id: str
    """Unique identifier for the object."""
    object: Literal["product"]
    """String representing the object's type."""
