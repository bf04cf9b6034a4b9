"""Additions: what Stripe does not publish, added by hand to each published description.

`spec/additions/*.yaml` each say what they add and why. An addition file holds:
- `add`: a mapping merged into the document; every key it brings must be new, so an addition never
  contradicts what Stripe published (a key Stripe now publishes is reported, with its location);
- `extend`: JSON pointer -> mapping, new keys for an object Stripe publishes (the pointer must exist:
  an addition whose target vanished is reported);
- `events`: event type -> the object its `data.object` carries (see spec/additions/events.yaml),
  expanded here into `x-webhooks` entries, event schemas and an example event for each type;
- `versions` (optional): the pinned dates it applies to (default: every one).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.load import line_of, read_file, resolve_pointer, split_pointer
from generator.naming import pascal
from generator.problems import SpecError, fail, pointer

if TYPE_CHECKING:
    from generator.mock.schemas import Schemas

WEBHOOKS = "x-webhooks"  # OpenAPI 3.0 has no `webhooks` section; Redoc and others read this extension
EVENT_CREATED = 1692910000  # a fixed time for example events: generated output stays deterministic


@dataclass(frozen=True)
class EventObject:
    type: str
    objects: tuple[str, ...]  # components/schemas keys; several: told apart by `object`
    legacy: bool  # Stripe lists the type but may no longer describe its object
    summary: str
    file: str
    at: str  # JSON pointer in the file, for messages


@dataclass(frozen=True)
class Addition:
    file: str
    description: str
    versions: tuple[str, ...] = ()
    add: dict[str, Any] = field(default_factory=dict)
    extend: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: tuple[EventObject, ...] = ()

    def applies_to(self, version: str) -> bool:
        return not self.versions or version in self.versions


def _located(message: str, file: str, at: str, hint: str = "") -> SpecError:
    return fail(message, file, at, line_of(file, at), hint)


def read_additions(folder: Path) -> list[Addition]:
    return [read_addition(path) for path in sorted(folder.glob("*.yaml"))] if folder.is_dir() else []


def read_addition(path: Path) -> Addition:
    file = str(path)
    data = read_file(path)
    if not isinstance(data, dict):
        raise _located("an addition file is a mapping with `description` and `add`, `extend` or `events`", file, "#")
    unknown = sorted(set(data) - {"description", "versions", "add", "extend", "events"})
    if unknown:
        raise _located(f"unknown key {unknown[0]!r} in an addition file", file, pointer(unknown[0]))
    if not str(data.get("description") or "").strip():
        raise _located("an addition says what it adds and why: `description` is missing", file, "#")
    for key in ("add", "extend", "events"):
        if not isinstance(data.get(key, {}), dict):
            raise _located(f"`{key}` must be a mapping", file, pointer(key))
    for target in data.get("extend", {}):
        if not str(target).startswith("/"):
            raise _located("an `extend` key is a JSON pointer such as /paths/~1v1~1sources", file, pointer("extend", target))
    return Addition(
        file=file,
        description=str(data["description"]).strip(),
        versions=tuple(str(v) for v in data.get("versions") or ()),
        add=data.get("add", {}),
        extend=data.get("extend", {}),
        events=tuple(_event_object(file, key, value) for key, value in (data.get("events") or {}).items()),
    )


def _event_object(file: str, key: str, value: Any) -> EventObject:
    at = pointer("events", key)
    if not isinstance(value, dict) or "object" not in value:
        raise _located("an event entry is a mapping with `object` (and optional `legacy`, `summary`)", file, at)
    objects = value["object"] if isinstance(value["object"], list) else [value["object"]]
    if not objects or not all(isinstance(o, str) and o for o in objects):
        raise _located("`object` is a schema name or a list of them", file, at + "/object")
    summary = str(value.get("summary") or "")
    return EventObject(str(key), tuple(objects), bool(value.get("legacy")), summary, file, at)


# --- applying them ---------------------------------------------------------------------------------


def apply_additions(
    data: dict[str, Any], version: str, additions: list[Addition], fixtures: dict[str, Any], published: str
) -> None:
    """Add every addition that applies to `version` to its published document `data` (in place)."""
    for addition in additions:
        if not addition.applies_to(version):
            continue
        _merge_new(data, addition.add, addition.file, ("add",), (), published)
        for target, value in addition.extend.items():
            at = pointer("extend", target)
            try:
                node = resolve_pointer(data, "#" + target)
            except (KeyError, IndexError, ValueError):
                raise _located(
                    f"{target} does not exist in Stripe's description at {version}: this addition no longer applies",
                    addition.file,
                    at,
                ) from None
            if not isinstance(node, dict) or not isinstance(value, dict):
                raise _located(f"{target}: `extend` adds keys to a mapping", addition.file, at)
            _merge_new(node, value, addition.file, ("extend", target), tuple(split_pointer(target)), published)
    events = [event for addition in additions if addition.applies_to(version) for event in addition.events]
    _add_events(data, version, events, fixtures, published)


def _merge_new(
    into: dict[str, Any], value: dict[str, Any], file: str, at: tuple[str, ...], doc_at: tuple[str, ...], published: str
) -> None:
    """Merge `value` into `into`, refusing to replace anything (additions never contradict Stripe)."""
    for key, item in value.items():
        if key not in into:
            into[key] = item
        elif isinstance(into[key], dict) and isinstance(item, dict):
            _merge_new(into[key], item, file, (*at, key), (*doc_at, key), published)
        else:
            raise _located(
                f"Stripe's description already has {pointer(*doc_at, key)}: an addition may not replace it",
                file,
                pointer(*at, key),
                hint=f"published in {published}; remove it from the addition if Stripe now describes it",
            )


# --- events ------------------------------------------------------------------------------------------


def listed_event_types(data: dict[str, Any]) -> list[str]:
    """Every event type the version lists: the enum of `enabled_events` on POST /v1/webhook_endpoints."""
    try:
        enum = resolve_pointer(data, ENABLED_EVENTS)
    except (KeyError, IndexError, ValueError):
        return []
    return [str(t) for t in enum if t != "*"] if isinstance(enum, list) else []


ENABLED_EVENTS = (
    "#/paths/~1v1~1webhook_endpoints/post/requestBody/content/application~1x-www-form-urlencoded"
    "/schema/properties/enabled_events/items/enum"
)


def _add_events(
    data: dict[str, Any], version: str, events: list[EventObject], fixtures: dict[str, Any], published: str
) -> None:
    listed = listed_event_types(data)
    if not listed:  # not a Stripe description: it has no list of event types to describe
        return
    by_type = {event.type: event for event in events}
    schemas = data.setdefault("components", {}).setdefault("schemas", {})
    webhooks: dict[str, Any] = {}
    for event_type in listed:
        event = by_type.get(event_type)
        if event is None:
            raise _located(
                f"Stripe lists the event type {event_type!r} at {version}, but no addition says which object it carries",
                published,
                ENABLED_EVENTS,
                hint="add it to spec/additions/events.yaml",
            )
        present = [name for name in event.objects if name in schemas]
        if len(present) < len(event.objects) and not event.legacy:
            missing = next(name for name in event.objects if name not in schemas)
            raise _located(
                f"event {event_type}: the schema {missing!r} does not exist in Stripe's description at {version}",
                event.file,
                event.at + "/object",
            )
        data_schema = _event_data_schema(schemas, present)
        name = event_type
        if name in schemas:
            raise _located(f"the event schema {name!r} would replace a schema Stripe publishes", event.file, event.at)
        schemas[name] = _event_schema(event, data_schema)
        webhooks[event_type] = _webhook(event, version, _example_object(data, present, fixtures))
    data[WEBHOOKS] = webhooks


def _event_data_schema(schemas: dict[str, Any], objects: list[str]) -> str:
    """The `data` schema of events carrying `objects`, shared by every event carrying the same."""
    key = "_or_".join(objects) + ".event_data" if objects else "untyped.event_data"
    if key in schemas:
        return key
    if not objects:
        obj: dict[str, Any] = {"type": "object", "description": "The object, which this version does not describe."}
    elif len(objects) == 1:
        obj = {"$ref": f"#/components/schemas/{objects[0]}"}
    else:
        obj = {"anyOf": [{"$ref": f"#/components/schemas/{name}"} for name in objects]}
    schemas[key] = {
        "title": pascal(key.replace(".", "_")),
        "description": "The `data` of an event: the object it is about, and what changed.",
        "type": "object",
        "required": ["object"],
        "properties": {
            "object": obj,
            "previous_attributes": {
                "type": "object",
                "description": (
                    "For `*.updated` events, the names of the attributes that changed and their values "
                    "before the event. If an array attribute has any updated elements, this contains the "
                    "entire array."
                ),
            },
        },
    }
    return key


def _event_schema(event: EventObject, data_schema: str) -> dict[str, Any]:
    return {
        "title": pascal(event.type.replace(".", "_")) + "Event",
        "description": event.summary or f"The `{event.type}` event.",
        "allOf": [
            {"$ref": "#/components/schemas/event"},
            {
                "type": "object",
                "required": ["type", "data"],
                "properties": {
                    "type": {"type": "string", "enum": [event.type]},
                    "data": {"$ref": f"#/components/schemas/{data_schema}"},
                },
            },
        ],
    }


def _webhook(event: EventObject, version: str, obj: dict[str, Any]) -> dict[str, Any]:
    digest = hashlib.sha256(event.type.encode()).hexdigest()[:24]
    example = {
        "id": f"evt_{digest}",
        "object": "event",
        "api_version": version,
        "created": EVENT_CREATED,
        "data": _event_data(event.type, obj),
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event.type,
    }
    return {
        "post": {
            "summary": event.summary or f"The `{event.type}` event.",
            "operationId": event.type,
            "requestBody": {
                "required": True,
                "description": f"The `{event.type}` event, POSTed as JSON to the webhook endpoint.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{event.type}"},
                        "examples": {event.type: {"value": example}},
                    }
                },
            },
            "responses": {"200": {"description": "Return any 2xx status to acknowledge receipt of the event."}},
        }
    }


def _event_data(event_type: str, obj: dict[str, Any]) -> dict[str, Any]:
    """An example event's `data`: Stripe sends `previous_attributes` with `*.updated` events (here:
    the metadata as it was before an update that set it, or else the status)."""
    if not event_type.endswith(".updated"):
        return {"object": obj}
    if "metadata" in obj:
        return {"object": obj, "previous_attributes": {"metadata": {}}}
    if "status" in obj:
        return {"object": obj, "previous_attributes": {"status": obj["status"]}}
    return {"object": obj, "previous_attributes": {}}


def _example_object(data: dict[str, Any], objects: list[str], fixtures: dict[str, Any]) -> dict[str, Any]:
    """Stripe's published fixture of the event's object (a value synthesised from its schema if there
    is none), with any property its schema requires but the fixture lacks filled in: a few of
    Stripe's fixtures miss one (treasury.outbound_payment's `billing_details`)."""
    from generator.mock.schemas import Schemas  # the fake server's synthesiser: one reading of a schema

    schemas = data["components"]["schemas"]
    reader = Schemas(data)
    for name in objects:
        resource = schemas[name].get("x-resourceId", name) if isinstance(schemas[name], dict) else name
        if isinstance(fixtures.get(resource), dict):
            return _complete(reader, {"$ref": f"#/components/schemas/{name}"}, dict(fixtures[resource]))
    if not objects:
        return {"object": "unknown"}
    value = reader.synthesise({"$ref": f"#/components/schemas/{objects[0]}"})
    return value if isinstance(value, dict) else {"object": objects[0]}


def _complete(reader: Schemas, schema: Any, value: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """`value` with each required property its schema names but it lacks, synthesised."""
    if depth > 12:
        return value
    branches = [b for b in reader.branches(schema) if reader.properties(b)]
    kind = value.get("object")
    branch = next((b for b in branches if kind in (reader.enum(reader.properties(b).get("object", {})) or [])), None)
    branch = branch or (branches[0] if len(branches) == 1 else None)
    if branch is None:
        return value
    props = reader.properties(branch)
    for key in reader.resolve(branch).get("required") or []:
        if key not in value and key in props:
            value[key] = reader.synthesise(props[key], depth=1, name=key)
    for key, item in list(value.items()):
        if key in props and isinstance(item, dict):
            value[key] = _complete(reader, props[key], dict(item), depth + 1)
    return value


def addition_origins(additions: list[Addition], version: str) -> list[tuple[str, str, str]]:
    """(document pointer, file, pointer in file) of what the additions brought, for located messages."""
    origins: list[tuple[str, str, str]] = []
    for addition in additions:
        if not addition.applies_to(version):
            continue
        for key, value in addition.add.items():
            if key in ("paths", "components", "info") and isinstance(value, dict):
                for name, inner in value.items():
                    if key == "components" and isinstance(inner, dict):
                        origins += [
                            (pointer(key, name, k), addition.file, pointer("add", key, name, k)) for k in inner
                        ]
                    else:
                        origins.append((pointer(key, name), addition.file, pointer("add", key, name)))
            else:
                origins.append((pointer(key), addition.file, pointer("add", key)))
        for event in addition.events:
            origins.append((pointer(WEBHOOKS, event.type), addition.file, event.at))
            origins.append((pointer("components", "schemas", event.type), addition.file, event.at))
    return origins
