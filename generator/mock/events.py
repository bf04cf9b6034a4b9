"""Events: what Stripe records (and sends to webhooks) when objects are created, updated or deleted,
kept as `event` objects so GET /v1/events and /v1/events/{id} list and retrieve them."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from typing import Any

from generator.mock.schemas import new_id
from generator.mock.store import Store

_REQUEST = threading.local()  # the request being answered on this thread: its id and idempotency key


def set_request(request_id: str | None, idempotency_key: str | None) -> None:
    _REQUEST.value = {"id": request_id, "idempotency_key": idempotency_key}


def _current_request() -> dict[str, Any]:
    return dict(getattr(_REQUEST, "value", None) or {"id": None, "idempotency_key": None})


def previous_attributes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The top-level fields an update changed, with their old values (`data.previous_attributes`)."""
    changed = {k: copy.deepcopy(v) for k, v in before.items() if after.get(k) != v}
    changed.update({k: None for k in after if k not in before})
    return changed


class Events:
    """Records the events of one account; `deliver` (the webhook forwarder) gets each one too."""

    def __init__(self, store: Store, known: set[str], version: str, account: str | None = None,
                 deliver: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.store, self.known, self.version, self.account = store, known, version, account
        self.deliver = deliver

    def name(self, object_type: str, verb: str) -> str | None:
        """Stripe's event type for an object type and a verb: `customer.created`, and for objects
        that belong to a customer `customer.subscription.created`; None when the version has none."""
        for candidate in (f"{object_type}.{verb}", f"customer.{object_type}.{verb}"):
            if candidate in self.known:
                return candidate
        return None

    def record(self, object_type: str, verb: str, obj: dict[str, Any], previous: dict[str, Any] | None = None) -> None:
        event_type = self.name(object_type, verb)
        if event_type is not None:
            self.emit(event_type, obj, previous)

    def emit(self, event_type: str, obj: dict[str, Any], previous: dict[str, Any] | None = None) -> None:
        if event_type not in self.known:
            return
        data: dict[str, Any] = {"object": copy.deepcopy(obj)}
        if previous:
            data["previous_attributes"] = previous
        event = {
            "id": new_id("evt"), "object": "event", "api_version": self.version or None,
            "created": int(time.time()), "data": data, "livemode": False,
            "pending_webhooks": 1 if self.deliver else 0, "request": _current_request(), "type": event_type,
        }
        if self.account:
            event["account"] = self.account
        self.store.add("event", event)
        if self.deliver is not None:
            self.deliver(event)
