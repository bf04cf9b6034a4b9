# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingDisputeCanceledEvidence(StripeObject):
    """IssuingDisputeCanceledEvidence"""

    additional_documentation: str | File | StripeObject | None = None
    """(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute."""
    canceled_at: int | None = None
    """Date when order was canceled."""
    cancellation_policy_provided: bool | None = None
    """Whether the cardholder was provided with a cancellation policy."""
    cancellation_reason: str | None = None
    """Reason for canceling the order."""
    expected_at: int | None = None
    """Date when the cardholder expected to receive the product."""
    explanation: str | None = None
    """Explanation of why the cardholder is disputing this transaction."""
    product_description: str | None = None
    """Description of the merchandise or service that was purchased."""
    product_type: Literal["merchandise", "service"] | str | None = None
    """Whether the product was a merchandise or service."""
    return_status: Literal["merchant_rejected", "successful"] | str | None = None
    """Result of cardholder's attempt to return the product."""
    returned_at: int | None = None
    """Date when the product was returned or attempted to be returned."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
