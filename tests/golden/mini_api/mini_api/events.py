# File generated from mini.yaml (API version 2024-01-01, spec sha256 038f8cbd9c4456c2) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""Webhook events: one model per event type, joined in a union discriminated on `type`.

`parse_event` turns a payload into the typed event; an event type this version does not know parses
as `UnknownEvent`, which keeps every field. `Webhook.construct_event` verifies the signature first.
"""

from __future__ import annotations

import json
import warnings
from typing import Annotated, Any, Literal, Union

from pydantic import Discriminator, Tag, TypeAdapter

from mini_api._runtime.errors import InvalidPayloadError
from mini_api._runtime.models import StripeObject
from mini_api._runtime.webhooks import WebhookBase
from ._client import API_VERSION
from .models.widget_polished_event import WidgetPolishedEvent

EVENT_TYPES: tuple[str, ...] = ("widget.polished",)
"""Every event type this API version describes."""


class UnknownEvent(StripeObject):
    """An event of a type this API version does not describe; every field is kept."""

    id: str | None = None
    type: str
    api_version: str | None = None
    data: dict[str, Any] | None = None


def _event_tag(value: Any) -> str:
    event_type = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return event_type if event_type in _KNOWN else "__unknown__"


_KNOWN = frozenset(EVENT_TYPES)

Event = Annotated[
    Union[
        Annotated[WidgetPolishedEvent, Tag("widget.polished")],
        Annotated[UnknownEvent, Tag("__unknown__")],
    ],
    Discriminator(_event_tag),
]
"""Any event: narrow it with `isinstance` or by its `type`."""

_EVENT_ADAPTER: TypeAdapter[Event] | None = None


class EventVersionWarning(UserWarning):
    """An event was rendered at an API version other than the one these models describe."""


def parse_event(payload: dict[str, Any] | str | bytes | bytearray) -> Event:
    """Parse an event payload (a dict, or JSON text) into its typed event model.

    When the event's `api_version` differs from this package's API version, an
    `EventVersionWarning` says so: the payload may not match these models exactly (unknown fields
    are kept, missing ones fail validation).
    """
    global _EVENT_ADAPTER
    if isinstance(payload, (str, bytes, bytearray)):
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidPayloadError(f"The webhook payload is not valid JSON: {exc}") from None
    else:
        data = payload
    if not isinstance(data, dict):
        raise InvalidPayloadError("The webhook payload must be a JSON object")
    version = data.get("api_version")
    if API_VERSION and isinstance(version, str) and version != API_VERSION:
        warnings.warn(
            f"event {data.get('id')!r} was rendered at API version {version}, these models describe "
            f"{API_VERSION}; use the client subpackage of that version to parse it exactly",
            EventVersionWarning,
            stacklevel=2,
        )
    if _EVENT_ADAPTER is None:
        _EVENT_ADAPTER = TypeAdapter(Event)
    return _EVENT_ADAPTER.validate_python(data)


class Webhook(WebhookBase[Event]):
    """`Webhook.construct_event(payload, sig_header, secret)`: verify the signature, then parse."""

    @staticmethod
    def _parse(data: dict[str, object]) -> Event:
        return parse_event(data)


__all__ = ["Event", "EVENT_TYPES", "EventVersionWarning", "UnknownEvent", "Webhook", "parse_event"]
