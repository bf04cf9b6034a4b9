# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingDisputeFraudulentEvidence(StripeObject):
    """IssuingDisputeFraudulentEvidence"""

    additional_documentation: str | File | StripeObject | None = None
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute."""
    explanation: str | None = None
    """Explanation of why the cardholder is disputing this transaction."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
