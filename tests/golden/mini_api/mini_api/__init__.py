# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Mini API, API version 2024-01-01: clients, models, events and webhooks.

Event models load on first use of `Event`, `Webhook` or `parse_event`, so that building a client
stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import API_VERSION, AsyncClient, Client

if TYPE_CHECKING:
    from .events import (
        EVENT_TYPES,
        Event,
        EventVersionWarning,
        LenientEvent,
        UnknownEvent,
        Webhook,
        parse_event,
    )

_EVENT_NAMES = frozenset(
    {
        "EVENT_TYPES",
        "Event",
        "EventVersionWarning",
        "LenientEvent",
        "UnknownEvent",
        "Webhook",
        "parse_event",
    }
)


def __getattr__(name: str) -> Any:
    if name in _EVENT_NAMES:
        from . import events

        return getattr(events, name)
    if name in ("models", "events", "params", "resources"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "API_VERSION",
    "EVENT_TYPES",
    "AsyncClient",
    "Event",
    "EventVersionWarning",
    "Client",
    "LenientEvent",
    "UnknownEvent",
    "Webhook",
    "parse_event",
]
