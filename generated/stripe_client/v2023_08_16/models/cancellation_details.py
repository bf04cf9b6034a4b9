# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CancellationDetails(StripeObject):
    """CancellationDetails"""

    comment: str | None = None
    """Additional comments about why the user canceled the subscription, if the subscription was canceled explicitly by the user."""
    feedback: (
        Literal[
            "customer_service",
            "low_quality",
            "missing_features",
            "other",
            "switched_service",
            "too_complex",
            "too_expensive",
            "unused",
        ]
        | str
        | None
    ) = None
    """The customer submitted reason for why they canceled, if the subscription was canceled explicitly by the user."""
    reason: Literal["cancellation_requested", "payment_disputed", "payment_failed"] | str | None = (
        None
    )
    """Why this subscription was canceled."""
