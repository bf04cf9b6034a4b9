# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FinancialConnectionsAccountOwner(StripeObject):
    """Describes an owner of an account."""

    email: str | None = None
    """The email address of the owner."""
    id: str
    """Unique identifier for the object."""
    name: str
    """The full name of the owner."""
    object: Literal["financial_connections.account_owner"]
    """String representing the object's type. Objects of the same type share the same value."""
    ownership: str
    """The ownership object that this owner belongs to."""
    phone: str | None = None
    """The raw phone number of the owner."""
    raw_address: str | None = None
    """The raw physical address of the owner."""
    refreshed_at: int | None = None
    """The timestamp of the refresh that updated this owner."""
