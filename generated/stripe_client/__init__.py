# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Typed Python clients for the Stripe API, one subpackage per pinned API version.

The names here are those of the latest pinned version, 2024-02-15; pin another with
`from stripe_client.v2024_02_15 import StripeClient` (one of: v2023_07_22, v2023_11_10, v2024_02_15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors as errors
from ._runtime.options import RequestOptions
from .v2024_02_15 import API_VERSION, AsyncStripeClient, StripeClient

if TYPE_CHECKING:
    from ._runtime.webhooks import WebhookSignature, generate_test_header
    from .v2024_02_15.events import EVENT_TYPES, Event, UnknownEvent, Webhook, parse_event

VERSIONS: tuple[str, ...] = (
    "2023-07-22",
    "2023-11-10",
    "2024-02-15",
)
"""The pinned API versions, oldest first."""


def __getattr__(name: str) -> Any:
    # Webhook and event names load on first use: importing the package stays cheap.
    if name in ("EVENT_TYPES", "Event", "UnknownEvent", "Webhook", "parse_event"):
        from .v2024_02_15 import events

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
