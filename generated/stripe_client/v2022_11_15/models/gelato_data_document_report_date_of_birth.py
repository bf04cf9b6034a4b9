# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class GelatoDataDocumentReportDateOfBirth(StripeObject):
    """Point in Time"""

    day: int | None = None
    """Numerical day between 1 and 31."""
    month: int | None = None
    """Numerical month between 1 and 12."""
    year: int | None = None
    """The four-digit year."""
