# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CustomerAcceptance(StripeObject):
    """customer_acceptance"""

    accepted_at: int | None = None
    """The time at which the customer accepted the Mandate."""
    offline: OfflineAcceptance | None = None
    online: OnlineAcceptance | None = None
    type: Literal["offline", "online"] | str
    """The type of customer acceptance information included with the Mandate. One of `online` or `offline`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .offline_acceptance import OfflineAcceptance
from .online_acceptance import OnlineAcceptance
