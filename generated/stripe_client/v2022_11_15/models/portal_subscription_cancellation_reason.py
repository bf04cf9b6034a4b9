# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PortalSubscriptionCancellationReason(StripeObject):
    """PortalSubscriptionCancellationReason"""

    enabled: bool
    """Whether the feature is enabled."""
    options: list[
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
    ]
    """Which cancellation reasons will be given as options to the customer."""
