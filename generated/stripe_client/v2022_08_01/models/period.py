# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class Period(StripeObject):
    """Period"""

    end: int | None = None
    """The end date of this usage period. All usage up to and including this point in time is included."""
    start: int | None = None
    """The start date of this usage period. All usage after this point in time is included."""
