# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class NotificationEventRequest(StripeObject):
    """NotificationEventRequest"""

    id: str | None = None
    """ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling)."""
    idempotency_key: str | None = None
    """The idempotency key transmitted during the request, if any."""
