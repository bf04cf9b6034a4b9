# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Webhook events: one model per event type, joined in a union discriminated on `type`.

`parse_event` turns a payload into the typed event; an event type this version does not know parses
as `UnknownEvent`, which keeps every field, and a payload that does not fit the models as
`LenientEvent` (its raw `data.object` and where it differs). `Webhook.construct_event` verifies the
signature first. The parsing rules are the runtime's (`mini_api._runtime.webhooks`).
"""

from __future__ import annotations

from typing import Annotated, Any, Union

from pydantic import Discriminator, Tag

from mini_api._runtime.webhooks import (
    UNKNOWN_TAG,
    EventParser,
    EventVersionWarning,
    LenientEvent,
    UnknownEvent,
    WebhookBase,
    event_tag,
)
from ._client import API_VERSION
from .models.widget_polished_event import WidgetPolishedEvent

EVENT_TYPES: tuple[str, ...] = ("widget.polished",)
"""Every event type this API version describes."""

Event = Annotated[
    Union[
        Annotated[WidgetPolishedEvent, Tag("widget.polished")],
        Annotated[UnknownEvent, Tag(UNKNOWN_TAG)],
    ],
    Discriminator(event_tag(EVENT_TYPES)),
]
"""Any event: narrow it with `isinstance` or by its `type`."""

_PARSER: EventParser[Event] = EventParser(Event, API_VERSION)


def parse_event(payload: dict[str, Any] | str | bytes | bytearray) -> Event | LenientEvent:
    """Parse an event payload (a dict, or JSON text) into its typed event model.

    A payload that does not fit these models gives a `LenientEvent` instead of an exception. When the
    event's `api_version` differs from this package's, an `EventVersionWarning` says so.
    """
    return _PARSER.parse(payload)


class Webhook(WebhookBase[Union[Event, LenientEvent]]):
    """`Webhook.construct_event(payload, sig_header, secret)`: verify the signature, then parse."""

    @staticmethod
    def _parse(data: dict[str, object]) -> Event | LenientEvent:
        return parse_event(data)


__all__ = [
    "Event",
    "EVENT_TYPES",
    "EventVersionWarning",
    "LenientEvent",
    "UnknownEvent",
    "Webhook",
    "parse_event",
]
