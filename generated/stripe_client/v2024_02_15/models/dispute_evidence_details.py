# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DisputeEvidenceDetails(StripeObject):
    """DisputeEvidenceDetails"""

    due_by: int | None = None
    """Date by which evidence must be submitted in order to successfully challenge dispute."""
    has_evidence: bool
    """Whether evidence has been staged for this dispute."""
    past_due: bool
    """Whether the last evidence submission was submitted past the due date."""
    submission_count: int
    """The number of times evidence has been submitted."""
