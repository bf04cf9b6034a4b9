# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class DisputeEvidenceDetails(StripeObject):
    """DisputeEvidenceDetails"""

    due_by: int | None = None
    """Date by which evidence must be submitted in order to successfully challenge dispute. Will be null if the customer's bank or credit card company doesn't allow a response for this particular dispute."""
    has_evidence: bool
    """Whether evidence has been staged for this dispute."""
    past_due: bool
    """Whether the last evidence submission was submitted past the due date. Defaults to `false` if no evidence submissions have occurred. If `true`, then delivery of the latest evidence is *not* guaranteed."""
    submission_count: int
    """The number of times evidence has been submitted. Typically, you may only submit evidence once."""
