# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryReceivedCreditsResourceReversalDetails(StripeObject):
    """TreasuryReceivedCreditsResourceReversalDetails"""

    deadline: int | None = None
    """Time before which a ReceivedCredit can be reversed."""
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
    """Set if a ReceivedCredit cannot be reversed."""
