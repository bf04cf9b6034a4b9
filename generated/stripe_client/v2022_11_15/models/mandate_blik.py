# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class MandateBlik(StripeObject):
    """mandate_blik"""

    expires_after: int | None = None
    """Date at which the mandate expires."""
    off_session: MandateOptionsOffSessionDetailsBlik | None = None
    type: Literal["off_session", "on_session"] | str | None = None
    """Type of the mandate."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .mandate_options_off_session_details_blik import MandateOptionsOffSessionDetailsBlik
