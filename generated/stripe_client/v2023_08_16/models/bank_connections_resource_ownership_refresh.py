# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BankConnectionsResourceOwnershipRefresh(StripeObject):
    """BankConnectionsResourceOwnershipRefresh"""

    last_attempted_at: int
    """The time at which the last refresh attempt was initiated. Measured in seconds since the Unix epoch."""
    status: Literal["failed", "pending", "succeeded"] | str
    """The status of the last refresh attempt."""
