# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class NotificationEventData(StripeObject):
    """NotificationEventData"""

    object: dict[str, Any]
    """Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](https://stripe.com/docs/api#invoice_object) as the value of the object key."""
    previous_attributes: dict[str, Any] | None = None
    """Object containing the names of the attributes that have changed, and their previous values (sent along only with *.updated events)."""
