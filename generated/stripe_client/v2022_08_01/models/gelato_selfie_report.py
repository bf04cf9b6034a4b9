# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoSelfieReport(StripeObject):
    """Result from a selfie check"""

    document: str | None = None
    """ID of the [File](https://stripe.com/docs/api/files) holding the image of the identity document used in this check."""
    error: GelatoSelfieReportError | None = None
    """Details on the verification error. Present when status is `unverified`."""
    selfie: str | None = None
    """ID of the [File](https://stripe.com/docs/api/files) holding the image of the selfie used in this check."""
    status: Literal["unverified", "verified"] | str
    """Status of this `selfie` check."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_selfie_report_error import GelatoSelfieReportError
