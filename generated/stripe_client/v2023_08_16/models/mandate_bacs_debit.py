# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class MandateBacsDebit(StripeObject):
    """mandate_bacs_debit"""

    network_status: Literal["accepted", "pending", "refused", "revoked"] | str
    """The status of the mandate on the Bacs network. Can be one of `pending`, `revoked`, `refused`, or `accepted`."""
    reference: str
    """The unique reference identifying the mandate on the Bacs network."""
    url: str
    """The URL that will contain the mandate that the customer has signed."""
