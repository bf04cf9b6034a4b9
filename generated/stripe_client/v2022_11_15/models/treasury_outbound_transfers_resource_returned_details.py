# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryOutboundTransfersResourceReturnedDetails(StripeObject):
    """TreasuryOutboundTransfersResourceReturnedDetails"""

    code: (
        Literal[
            "account_closed",
            "account_frozen",
            "bank_account_restricted",
            "bank_ownership_changed",
            "declined",
            "incorrect_account_holder_name",
            "invalid_account_number",
            "invalid_currency",
            "no_account",
            "other",
        ]
        | str
    )
    """Reason for the return."""
    transaction: str | TreasuryTransaction | StripeObject
    """The Transaction associated with this object."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .treasury_transaction import TreasuryTransaction
