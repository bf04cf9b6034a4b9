# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class NotificationEventRequest(StripeObject):
    """NotificationEventRequest"""

    id: str | None = None
    """ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API."""
    idempotency_key: str | None = None
    """The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*."""
