# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TreasuryCreditReversalCreatedEvent(StripeObject):
    """The `treasury.credit_reversal.created` event."""

    account: str | None = None
    """The connected account that originated the event."""
    api_version: str | None = None
    """The Stripe API version used to render `data`. *Note: This property is populated only for events on or after October 31, 2014*."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    data: TreasuryCreditReversalEventData
    """The `data` of an event: the object it is about, and what changed."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["event"]
    """String representing the object's type. Objects of the same type share the same value."""
    pending_webhooks: int
    """Number of webhooks that have yet to be successfully delivered (i.e., to return a 20x response) to the URLs you've specified."""
    request: NotificationEventRequest | None = None
    """Information on the API request that instigated the event."""
    type: Literal["treasury.credit_reversal.created"]


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .notification_event_request import NotificationEventRequest
from .treasury_credit_reversal_event_data import TreasuryCreditReversalEventData
