# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any

from stripe_client._runtime.models import StripeObject


class NotificationEventData(StripeObject):
    """NotificationEventData"""

    object: dict[str, Any]
    """Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full invoice object as the value of the object key."""
    previous_attributes: dict[str, Any] | None = None
    """Object containing the names of the updated attributes and their values prior to the event (only included in events of type `*.updated`)."""
