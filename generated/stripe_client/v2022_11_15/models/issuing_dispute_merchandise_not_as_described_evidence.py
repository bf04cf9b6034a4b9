# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingDisputeMerchandiseNotAsDescribedEvidence(StripeObject):
    """IssuingDisputeMerchandiseNotAsDescribedEvidence"""

    additional_documentation: str | File | StripeObject | None = None
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute."""
    explanation: str | None = None
    """Explanation of why the cardholder is disputing this transaction."""
    received_at: int | None = None
    """Date when the product was received."""
    return_description: str | None = None
    """Description of the cardholder's attempt to return the product."""
    return_status: Literal["merchant_rejected", "successful"] | str | None = None
    """Result of cardholder's attempt to return the product."""
    returned_at: int | None = None
    """Date when the product was returned or attempted to be returned."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
