# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingDisputeEvidence(StripeObject):
    """IssuingDisputeEvidence"""

    canceled: IssuingDisputeCanceledEvidence | None = None
    duplicate: IssuingDisputeDuplicateEvidence | None = None
    fraudulent: IssuingDisputeFraudulentEvidence | None = None
    merchandise_not_as_described: IssuingDisputeMerchandiseNotAsDescribedEvidence | None = None
    not_received: IssuingDisputeNotReceivedEvidence | None = None
    other: IssuingDisputeOtherEvidence | None = None
    reason: (
        Literal[
            "canceled",
            "duplicate",
            "fraudulent",
            "merchandise_not_as_described",
            "not_received",
            "other",
            "service_not_as_described",
        ]
        | str
    )
    """The reason for filing the dispute. Its value will match the field containing the evidence."""
    service_not_as_described: IssuingDisputeServiceNotAsDescribedEvidence | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_dispute_canceled_evidence import IssuingDisputeCanceledEvidence
from .issuing_dispute_duplicate_evidence import IssuingDisputeDuplicateEvidence
from .issuing_dispute_fraudulent_evidence import IssuingDisputeFraudulentEvidence
from .issuing_dispute_merchandise_not_as_described_evidence import (
    IssuingDisputeMerchandiseNotAsDescribedEvidence,
)
from .issuing_dispute_not_received_evidence import IssuingDisputeNotReceivedEvidence
from .issuing_dispute_other_evidence import IssuingDisputeOtherEvidence
from .issuing_dispute_service_not_as_described_evidence import (
    IssuingDisputeServiceNotAsDescribedEvidence,
)
