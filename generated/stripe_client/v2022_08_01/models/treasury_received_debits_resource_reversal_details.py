# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedDebitsResourceReversalDetails(StripeObject):
    """TreasuryReceivedDebitsResourceReversalDetails"""

    deadline: int | None = None
    """Time before which a ReceivedDebit can be reversed."""
    restricted_reason: (
        Literal[
            "already_reversed",
            "deadline_passed",
            "network_restricted",
            "other",
            "source_flow_restricted",
        ]
        | str
        | None
    ) = None
    """Set if a ReceivedDebit can't be reversed."""
