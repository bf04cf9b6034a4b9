# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class MandateOptionsOffSessionDetailsBlik(StripeObject):
    """mandate_options_off_session_details_blik"""

    amount: int | None = None
    """Amount of each recurring payment."""
    currency: str | None = None
    """Currency of each recurring payment."""
    interval: Literal["day", "month", "week", "year"] | str | None = None
    """Frequency interval of each recurring payment."""
    interval_count: int | None = None
    """Frequency indicator of each recurring payment."""
