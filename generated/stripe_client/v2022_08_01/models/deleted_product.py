# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class DeletedProduct(StripeObject):
    """DeletedProduct"""

    deleted: Literal[True]
    """Always true for a deleted object"""
    id: str
    """Unique identifier for the object."""
    object: Literal["product"]
    """String representing the object's type. Objects of the same type share the same value."""
