# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class WebhookEndpoint(StripeObject):
    """You can configure [webhook endpoints](https://stripe.com/docs/webhooks/) via the API to be
    notified about events that happen in your Stripe account or connected
    accounts.

    Most users configure webhooks from [the dashboard](https://dashboard.stripe.com/webhooks), which provides a user interface for registering and testing your webhook endpoints.

    Related guide: [Setting up Webhooks](https://stripe.com/docs/webhooks/configure).
    """

    api_version: str | None = None
    """The API version events are rendered as for this webhook endpoint."""
    application: str | None = None
    """The ID of the associated Connect application."""
    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    description: str | None = None
    """An optional description of what the webhook is used for."""
    enabled_events: list[str]
    """The list of events to enable for this endpoint. `['*']` indicates that all events are enabled, except those that require explicit selection."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    metadata: dict[str, str]
    """Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format."""
    object: Literal["webhook_endpoint"]
    """String representing the object's type. Objects of the same type share the same value."""
    secret: str | None = None
    """The endpoint's secret, used to generate [webhook signatures](https://stripe.com/docs/webhooks/signatures). Only returned at creation."""
    status: str
    """The status of the webhook. It can be `enabled` or `disabled`."""
    url: str
    """The URL of the webhook endpoint."""
