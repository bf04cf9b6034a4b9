# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionLodgingData(StripeObject):
    """IssuingTransactionLodgingData"""

    check_in_at: int | None = None
    """The time of checking into the lodging."""
    nights: int | None = None
    """The number of nights stayed at the lodging."""
