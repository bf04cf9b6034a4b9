# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class FinancialConnectionsAccountOwnership(StripeObject):
    """Describes a snapshot of the owners of an account at a particular point in time."""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    object: Literal["financial_connections.account_ownership"]
    """String representing the object's type. Objects of the same type share the same value."""
    owners: FinancialConnectionsAccountOwnershipOwners
    """A paginated list of owners for this account."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .financial_connections_account_ownership_owners import (
    FinancialConnectionsAccountOwnershipOwners,
)
