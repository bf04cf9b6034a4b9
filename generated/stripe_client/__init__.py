# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Typed Python clients for the Stripe API, one subpackage per pinned API version.

The names here are those of the latest pinned version, 2023-08-16; pin another with
`from stripe_client.v2023_08_16 import StripeClient` (one of: v2022_08_01, v2022_11_15, v2023_08_16).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors as errors
from ._runtime.options import RequestOptions
from .v2023_08_16 import API_VERSION, AsyncStripeClient, StripeClient

if TYPE_CHECKING:
    from ._runtime.webhooks import WebhookSignature, generate_test_header
    from .v2023_08_16.events import (
        EVENT_TYPES,
        Event,
        EventVersionWarning,
        LenientEvent,
        UnknownEvent,
        Webhook,
        parse_event,
    )

VERSIONS: tuple[str, ...] = (
    "2022-08-01",
    "2022-11-15",
    "2023-08-16",
)
"""The pinned API versions, oldest first."""


def __getattr__(name: str) -> Any:
    # Webhook and event names load on first use: importing the package stays cheap.
    if name in (
        "EVENT_TYPES",
        "Event",
        "EventVersionWarning",
        "LenientEvent",
        "UnknownEvent",
        "Webhook",
        "parse_event",
    ):
        from .v2023_08_16 import events

        return getattr(events, name)
    if name in ("WebhookSignature", "generate_test_header"):
        from ._runtime import webhooks

        return getattr(webhooks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "API_VERSION",
    "AsyncStripeClient",
    "EVENT_TYPES",
    "Event",
    "EventVersionWarning",
    "LenientEvent",
    "RequestOptions",
    "StripeClient",
    "UnknownEvent",
    "VERSIONS",
    "Webhook",
    "WebhookSignature",
    "errors",
    "generate_test_header",
    "parse_event",
]
