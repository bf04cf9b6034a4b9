"""Diff, compare: IR(old) vs IR(new) -> the list of changes a client of the API sees.

Classification follows the direction of the data (as oasdiff's ERR/WARN/INFO): on the request side
the client sends and the server must still accept it (a new required param, a removed param or a
removed enum value break calls; a new optional param or enum value is additive); on the response
side the client reads what the server sends (a removed, retyped or newly nullable property breaks
code, and so does a new union variant: `x.upper()` stops type-checking when a `str` may now be a
model; a new enum value is a warning, since only exhaustive matching may break; a new property is
additive). A TypedDict param that becomes a free-form dict has lost its named fields: each is
reported as no longer accepted.

Response models are compared once per pair of models, breadth-first from the error object, then the
operations' responses (in client order), then the webhook events: each model's changes are reported
once, under the resource that reaches it first.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from generator import ir
from generator.diff.types import (
    ENUM_ADDED,
    ENUM_REMOVED,
    NARROWED,
    NO_LONGER_NULLABLE,
    NOW_NULLABLE,
    REPLACED,
    RETYPED,
    WIDENED,
    Delta,
    TypeComparer,
    is_free_form,
    type_text,
    value_text,
    variants,
)

BREAKING, DEPRECATED, WARNING, ADDITIVE = "breaking", "deprecated", "warning", "additive"
LEVELS = (BREAKING, DEPRECATED, WARNING, ADDITIVE)
EVENTS, ERRORS = "events", "errors"

# (side, delta kind) -> level
DELTA_LEVELS = {
    "request": {
        RETYPED: BREAKING,
        NARROWED: BREAKING,
        WIDENED: ADDITIVE,
        NOW_NULLABLE: ADDITIVE,
        NO_LONGER_NULLABLE: BREAKING,
        ENUM_ADDED: ADDITIVE,
        ENUM_REMOVED: BREAKING,
        REPLACED: ADDITIVE,
    },
    "response": {
        RETYPED: BREAKING,
        NARROWED: WARNING,
        WIDENED: BREAKING,  # but see delta_level
        NOW_NULLABLE: BREAKING,
        NO_LONGER_NULLABLE: ADDITIVE,
        ENUM_ADDED: WARNING,
        ENUM_REMOVED: WARNING,
        REPLACED: WARNING,
    },
}

# Every kind of change, its level, and what it means (the README and --format json consumers rely
# on these ids: keep them stable).
KINDS: dict[str, tuple[str, str]] = {
    "operation-added": (ADDITIVE, "a new client method"),
    "operation-removed": (BREAKING, "a client method disappeared"),
    "operation-renamed": (BREAKING, "the same endpoint is now a different client method"),
    "operation-endpoint-changed": (WARNING, "a client method now calls another HTTP method or path"),
    "param-added": (ADDITIVE, "a new optional parameter (or nested field)"),
    "required-param-added": (BREAKING, "a new required parameter (or nested field)"),
    "param-removed": (BREAKING, "a parameter (or nested field) is no longer accepted"),
    "param-now-required": (BREAKING, "an optional parameter became required"),
    "param-now-optional": (ADDITIVE, "a required parameter became optional"),
    "param-now-emptyable": (ADDITIVE, 'a parameter accepts "" to clear its value'),
    "param-no-longer-emptyable": (BREAKING, 'a parameter no longer accepts "" to clear its value'),
    "param-renamed": (WARNING, "a path parameter (positional) has a new name"),
    "param-retyped": (BREAKING, "a parameter's type changed incompatibly"),
    "param-narrowed": (BREAKING, "a parameter accepts fewer types"),
    "param-widened": (ADDITIVE, "a parameter accepts more types"),
    "param-now-nullable": (ADDITIVE, "a parameter accepts None"),
    "param-no-longer-nullable": (BREAKING, "a parameter no longer accepts None"),
    "enum-value-added": (
        ADDITIVE, "request: a parameter accepts a new value (additive); response: a property may take a new value (warning)"
    ),
    "enum-value-removed": (
        BREAKING, "request: a value is no longer accepted (breaking); response: a value is no longer sent (warning)"
    ),
    "response-retyped": (BREAKING, "a method returns another type"),
    "response-widened": (BREAKING, "a method may return more types (to Any, or from a Literal to str: warning)"),
    "response-narrowed": (WARNING, "a method returns fewer types"),
    "response-model-replaced": (WARNING, "a method returns another (new) model class, compared field by field"),
    "response-now-nullable": (BREAKING, "a method may return None"),
    "response-no-longer-nullable": (ADDITIVE, "a method no longer returns None"),
    "response-property-added": (ADDITIVE, "a model gains a property"),
    "response-property-removed": (BREAKING, "a model loses a property"),
    "response-property-retyped": (BREAKING, "a property's type changed incompatibly"),
    "response-property-widened": (
        BREAKING, "a property may hold more types, e.g. `str` -> `str | Model` (to Any, or from a Literal to str: warning)"
    ),
    "response-property-narrowed": (WARNING, "a property holds fewer types"),
    "response-property-model-replaced": (
        WARNING, "a property holds another (new) model class; its differences are listed under the new class"
    ),
    "response-property-now-nullable": (BREAKING, "a property may be None"),
    "response-property-no-longer-nullable": (ADDITIVE, "a property is never None any more"),
    "response-property-now-required": (ADDITIVE, "a property is always present"),
    "response-property-now-optional": (BREAKING, "a property may be absent"),
    "deprecated": (DEPRECATED, "a method, parameter, model or property is deprecated"),
    "event-added": (ADDITIVE, "a new webhook event type"),
    "event-removed": (BREAKING, "a webhook event type disappeared"),
    "event-retyped": (BREAKING, "an event's data.object changed type"),
    "event-widened": (BREAKING, "an event's data.object may be more types (to Any: warning)"),
    "event-narrowed": (WARNING, "an event's data.object is fewer types"),
    "event-model-replaced": (WARNING, "an event's data.object is another (new) model class"),
    "event-now-nullable": (BREAKING, "an event's data.object may be None"),
    "event-no-longer-nullable": (ADDITIVE, "an event's data.object is never None any more"),
    "error-type-added": (ADDITIVE, "a new error type (exception class)"),
    "error-type-removed": (BREAKING, "an error type (exception class) disappeared"),
}


@dataclass(frozen=True)
class Change:
    kind: str  # a stable id from KINDS
    level: str  # breaking | deprecated | warning | additive
    resource: str  # the client attribute chain ("customers.payment_methods"), or "events" / "errors"
    call: str  # "client.customers.create()", or "" for events and errors
    location: str  # wire names: "address[line1]", "PaymentIntent.latest_charge", "payment_intent.succeeded"
    message: str  # one line in client terms
    side: str = ""  # "request" | "response" | ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def sort_key(change: Change) -> tuple[object, ...]:
    """Level, resource, then the methods' changes (by call) before the models' (by model.property)."""
    model_change = change.side == "response" and change.call != "" and change.location != "response"
    subject = ("", change.location) if model_change else (change.call, change.location)
    return (LEVELS.index(change.level), group_key(change.resource), model_change, subject, change.kind, change.message)


def group_key(resource: str) -> tuple[int, str]:
    """Client resources first (alphabetically), then errors, then events."""
    return ({ERRORS: 1, EVENTS: 2}.get(resource, 0), resource)


def diff(old: ir.Api, new: ir.Api) -> list[Change]:
    """Every change from `old` to `new`, sorted deterministically (level, resource, call, location)."""
    return sorted(Differ(old, new).run(), key=sort_key)


# --- helpers -------------------------------------------------------------------------------------

_COMPONENT = re.compile(r"^#/components/schemas/[^/]+$")


iter_operations = ir.iter_operations


def call_of(resource: ir.Resource, op: ir.Operation) -> str:
    return "client." + ".".join(resource.path) + "." + op.name + "()"


def path_shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/"))


def model_names(t: ir.TypeRef | None) -> Iterator[str]:
    if t is None:
        return
    if t.kind == "model":
        yield t.name
    for item in t.items:
        yield from model_names(item)


def values_text(values: tuple[object, ...]) -> str:
    shown = ", ".join(f"`{value_text(v)}`" for v in values[:8])
    return shown + (f" and {len(values) - 8} more" if len(values) > 8 else "")


def _only_empty_string(delta: Delta) -> bool:
    """A delta that only adds or removes the "" of an emptyable param (reported as such instead)."""
    if delta.kind in (ENUM_ADDED, ENUM_REMOVED):
        return delta.values == ("",)
    t = delta.new if delta.kind == WIDENED else delta.old if delta.kind == NARROWED else None
    if delta.kind in (WIDENED, NARROWED) and (delta.old is None or delta.new is None) and t is not None:
        return t.kind == "literal" and t.values == ("",)
    return False


def delta_level(delta: Delta, side: str) -> str:
    """A widening on the response side breaks code that uses the value as its old type (`.upper()` on
    a `str` that may now be a model, an `int` that may now be a float), but not a widening to `Any`
    (anything type-checks) or from a Literal to `str` (as a new enum value, only matching may break)."""
    loosened = delta.old is not None and delta.new is not None and (
        is_free_form(delta.new) or (delta.old.kind, delta.new.kind) == ("literal", "str")
    )
    if side == "response" and delta.kind == WIDENED and loosened:
        return WARNING
    return DELTA_LEVELS[side][delta.kind]


Home = tuple[str, str]  # (resource, call)


class Differ:
    def __init__(self, old: ir.Api, new: ir.Api):
        self.old, self.new = old, new
        self.old_models = {m.name: m for m in old.models}
        self.new_models = {m.name: m for m in new.models}
        self.old_params = {m.name: m for m in old.params_models}
        self.new_params = {m.name: m for m in new.params_models}
        self.response_types = TypeComparer(
            lambda a, b: self.can_pair(self.old_models.get(a), self.new_models.get(b)),
            # a model in the place of one that is gone from there: compared field by field when it is
            # new (so its differences, listed under its name, are relative to the one it replaces)
            can_replace=lambda a, b: a in self.old_models and b in self.new_models and b not in self.old_models,
        )
        # TypedDicts are structural: their names do not matter to callers, so any two are compared
        self.request_types = TypeComparer(lambda a, b: True, request=True)
        self.changes: list[Change] = []
        self.queue: deque[tuple[str, str, Home]] = deque()
        self.seen: set[tuple[str, str]] = set()

    @staticmethod
    def can_pair(a: ir.Model | None, b: ir.Model | None) -> bool:
        """Two differently named models are the same one when they come from the same schema, or
        when both are inline (their names follow from where they are, not what they are)."""
        if a is None or b is None:
            return False
        if a.schema_name == b.schema_name:
            return True
        return not _COMPONENT.match(a.schema_name) and not _COMPONENT.match(b.schema_name)

    def add(self, kind: str, resource: str, call: str, location: str, message: str, side: str = "", level: str = "") -> None:
        self.changes.append(Change(kind, level or KINDS[kind][0], resource, call, location, message, side))

    # --- the whole API ---------------------------------------------------------------------------

    def run(self) -> list[Change]:
        self.compare_errors()
        self.compare_operations()
        self.drain()
        self.compare_events()
        self.drain()
        return self.changes

    def enqueue(self, a: str, b: str, home: Home) -> None:
        if (a, b) not in self.seen and a in self.old_models and b in self.new_models:
            self.seen.add((a, b))
            self.queue.append((a, b, home))

    def enqueue_known(self, t: ir.TypeRef | None, home: Home) -> None:
        """Models of a new operation or event that already existed: compare them with their old selves."""
        for name in model_names(t):
            if name in self.old_models:
                self.enqueue(name, name, home)

    def drain(self) -> None:
        while self.queue:
            a, b, home = self.queue.popleft()
            self.compare_model(self.old_models[a], self.new_models[b], home)

    # --- errors ------------------------------------------------------------------------------------

    def compare_errors(self) -> None:
        old_types = {e.type: e for e in self.old.error_types}
        new_types = {e.type: e for e in self.new.error_types}
        for key in sorted(old_types.keys() - new_types.keys()):
            self.add("error-type-removed", ERRORS, "", key, f"Error type `{key}` (`{old_types[key].class_name}`) was removed")
        for key in sorted(new_types.keys() - old_types.keys()):
            self.add("error-type-added", ERRORS, "", key, f"Error type `{key}` (`{new_types[key].class_name}`) was added")
        a, b = self.old.error_model, self.new.error_model
        if a and b and (a == b or self.can_pair(self.old_models.get(a), self.new_models.get(b))):
            self.enqueue(a, b, (ERRORS, ""))

    # --- operations ----------------------------------------------------------------------------

    def compare_operations(self) -> None:
        olds = {(r.path, o.name): (r, o) for r, o in iter_operations(self.old.resources)}
        news = {(r.path, o.name): (r, o) for r, o in iter_operations(self.new.resources)}
        pairs = [(olds[k], news[k]) for k in sorted(olds.keys() & news.keys())]
        gone = {k: v for k, v in olds.items() if k not in news}
        came = {k: v for k, v in news.items() if k not in olds}
        # the same endpoint under another client name: a rename
        by_endpoint = {(o.http_method, path_shape(o.path)): k for k, (_, o) in gone.items()}
        for key in sorted(came):
            resource, op = came[key]
            old_key = by_endpoint.get((op.http_method, path_shape(op.path)))
            if old_key is not None and old_key in gone:
                old_resource, old_op = gone.pop(old_key)
                del came[key]
                self.add(
                    "operation-renamed", ".".join(resource.path), call_of(resource, op), op.qualified_name,
                    f"`{call_of(old_resource, old_op)}` is now `{call_of(resource, op)}` ({op.qualified_name})",
                )
                pairs.append(((old_resource, old_op), (resource, op)))
        for key in sorted(gone):
            resource, op = gone[key]
            self.add("operation-removed", ".".join(resource.path), call_of(resource, op), op.qualified_name,
                     f"`{call_of(resource, op)}` was removed ({op.qualified_name})")
        for key in sorted(came):
            resource, op = came[key]
            call = call_of(resource, op)
            self.add("operation-added", ".".join(resource.path), call, op.qualified_name, f"`{call}` was added ({op.qualified_name})")
            if op.deprecated:
                self.add("deprecated", ".".join(resource.path), call, op.qualified_name, f"`{call}` is deprecated")
            self.enqueue_known(op.response.type, (".".join(resource.path), call))
        pairs.sort(key=lambda p: (p[1][0].path, p[1][1].name))
        for (_, old_op), (resource, op) in pairs:
            self.compare_operation(old_op, resource, op)

    def compare_operation(self, old: ir.Operation, resource: ir.Resource, new: ir.Operation) -> None:
        res, call = ".".join(resource.path), call_of(resource, new)
        home = (res, call)
        if new.deprecated and not old.deprecated:
            self.add("deprecated", res, call, new.qualified_name, f"`{call}` is deprecated")
        if (old.http_method, path_shape(old.path)) != (new.http_method, path_shape(new.path)):
            self.add("operation-endpoint-changed", res, call, new.qualified_name,
                     f"`{call}` now calls {new.qualified_name} (was {old.qualified_name})")
        self.compare_params(old, new, res, call)
        # the response
        if old.response.page != new.response.page:
            what = {"": "a single object", "list": "a list page", "search": "a search result page"}
            self.add("response-retyped", res, call, "response",
                     f"`{call}` now returns {what[new.response.page]} (was {what[old.response.page]})", "response")
        ot, nt = old.response.type, new.response.type
        if ot is None or nt is None:
            if (ot is None) != (nt is None):
                self.add("response-retyped", res, call, "response",
                         f"`{call}` now returns `{type_text(nt)}` (was `{type_text(ot)}`)", "response")
            return
        deltas = self.response_types.compare(ot, nt, lambda a, b, _s: self.enqueue(a, b, home))
        for delta in deltas:
            self.report_delta(delta, "response", "response", res, call, "response", f"The response of `{call}`")

    # --- request parameters --------------------------------------------------------------------

    def compare_params(self, old: ir.Operation, new: ir.Operation, res: str, call: str) -> None:
        old_path = [p for p in old.params if p.location == "path"]
        new_path = [p for p in new.params if p.location == "path"]
        matched: list[tuple[ir.Param, ir.Param]] = []
        if len(old_path) == len(new_path):  # path params are positional
            for a, b in zip(old_path, new_path):
                if a.wire_name != b.wire_name or a.name != b.name:
                    self.add("param-renamed", res, call, b.wire_name,
                             f"`{call}`: path parameter `{a.name}` is now named `{b.name}`", "request")
                matched.append((a, b))
            old_rest = [p for p in old.params if p.location != "path"]
            new_rest = [p for p in new.params if p.location != "path"]
        else:
            old_rest, new_rest = list(old.params), list(new.params)
        olds, news = self.by_key(old_rest), self.by_key(new_rest)
        for key in olds.keys() - news.keys():
            p = olds[key]
            self.add("param-removed", res, call, p.wire_name, f"`{call}` no longer accepts `{p.wire_name}`", "request")
        for key in news.keys() - olds.keys():
            p = news[key]
            self.member_added(p.wire_name, p.required and not p.has_default, p.deprecated, res, call)
        matched += [(olds[k], news[k]) for k in olds.keys() & news.keys()]
        for a, b in matched:
            self.compare_member(a, b, b.wire_name, res, call, frozenset(), has_default=b.has_default)

    @staticmethod
    def by_key(params: list[ir.Param]) -> dict[tuple[str, str], ir.Param]:
        """Params by wire name (a param that moves from query to body is the same to callers), with
        the location only for a name used in two locations."""
        counts: dict[str, int] = {}
        for p in params:
            counts[p.wire_name] = counts.get(p.wire_name, 0) + 1
        return {(p.location if counts[p.wire_name] > 1 else "", p.wire_name): p for p in params}

    def member_added(self, location: str, required: bool, deprecated: bool, res: str, call: str) -> None:
        if required:
            self.add("required-param-added", res, call, location, f"`{call}` gains required `{location}`", "request")
        else:
            self.add("param-added", res, call, location, f"`{call}` gains `{location}`", "request")
        if deprecated:
            self.add("deprecated", res, call, location, f"`{call}`: `{location}` is deprecated", "request")

    def compare_member(
        self, a: ir.Param | ir.Field, b: ir.Param | ir.Field, location: str, res: str, call: str,
        stack: frozenset[tuple[str, str]], has_default: bool = False,
    ) -> None:
        """One request parameter, or one field of a nested params TypedDict (`address[line1]`)."""
        if b.required and not a.required:
            if has_default:  # the client fills in the only value itself
                self.add("param-now-required", res, call, location,
                         f"`{call}` now requires `{location}` (the client sends its only value by default)", "request", ADDITIVE)
            else:
                self.add("param-now-required", res, call, location, f"`{call}` now requires `{location}`", "request")
        elif a.required and not b.required:
            self.add("param-now-optional", res, call, location, f"`{call}` no longer requires `{location}`", "request")
        if b.deprecated and not a.deprecated:
            self.add("deprecated", res, call, location, f"`{call}`: `{location}` is deprecated", "request")

        def nested(x: str, y: str, suffix: str) -> None:
            self.compare_params_model(x, y, location + suffix, res, call, stack)

        deltas = self.request_types.compare(a.type, b.type, nested)
        if a.emptyable != b.emptyable:
            if b.emptyable:
                self.add("param-now-emptyable", res, call, location, f"`{call}`: `{location}` can now be `\"\"` (to clear it)", "request")
            else:
                self.add("param-no-longer-emptyable", res, call, location, f"`{call}`: `{location}` can no longer be `\"\"` (to clear it)", "request")
            deltas = [d for d in deltas if not _only_empty_string(d)]
        for delta in deltas:
            if not self.report_lost_fields(delta, location, res, call):
                self.report_delta(delta, "request", "param", res, call, location, f"`{call}`: `{location}`")

    def report_lost_fields(self, delta: Delta, location: str, res: str, call: str) -> bool:
        """A TypedDict param that became a free-form dict (Stripe empties an object to `properties: {}`)
        still type-checks, but the server rejects the fields it lost: each is reported as removed.
        Whether the delta was reported so."""
        lost = self.lost_fields(delta)
        where = location + delta.suffix
        for wire in lost:
            self.add("param-removed", res, call, f"{where}[{wire}]",
                     f"`{call}` no longer accepts `{where}[{wire}]` (`{where}` is now a free-form `{type_text(delta.new)}`)",
                     "request")
        return bool(lost)

    def lost_fields(self, delta: Delta) -> list[str]:
        """The wire names of the old TypedDict(s) of a widening to a free-form dict (or `Any`)."""
        if delta.kind != WIDENED or delta.old is None or delta.new is None or not is_free_form(delta.new):
            return []
        wires: dict[str, None] = {}  # ordered, without duplicates
        for t in variants(delta.old):
            model = self.old_params.get(t.name) if t.kind == "model" else None
            wires.update((f.wire_name, None) for f in (model.fields if model else ()))
        return list(wires)

    def compare_params_model(self, a: str, b: str, location: str, res: str, call: str, stack: frozenset[tuple[str, str]]) -> None:
        if (a, b) in stack or a not in self.old_params or b not in self.new_params:
            return
        stack = stack | {(a, b)}
        om, nm = self.old_params[a], self.new_params[b]
        olds = {f.wire_name: f for f in om.fields}
        news = {f.wire_name: f for f in nm.fields}
        for wire in olds.keys() - news.keys():
            where = f"{location}[{wire}]"
            self.add("param-removed", res, call, where, f"`{call}` no longer accepts `{where}`", "request")
        for wire in news.keys() - olds.keys():
            f = news[wire]
            self.member_added(f"{location}[{wire}]", f.required, f.deprecated, res, call)
        for wire in olds.keys() & news.keys():
            self.compare_member(olds[wire], news[wire], f"{location}[{wire}]", res, call, stack)

    # --- response models -------------------------------------------------------------------------

    def compare_model(self, om: ir.Model, nm: ir.Model, home: Home) -> None:
        if nm.partial_of:  # a copy of another model with every field optional: reported there
            return
        res, call = home

        def enqueue(a: str, b: str, _suffix: str) -> None:
            self.enqueue(a, b, home)

        if nm.deprecated and not om.deprecated and _COMPONENT.match(nm.schema_name):
            # (an inline model is deprecated with its property, which is reported instead)
            self.add("deprecated", res, call, nm.name, f"`{nm.name}` is deprecated", "response")
        olds = {f.wire_name: f for f in om.fields}
        news = {f.wire_name: f for f in nm.fields}
        for wire in sorted(olds.keys() - news.keys()):
            where = f"{nm.name}.{wire}"
            self.add("response-property-removed", res, call, where, f"`{where}` was removed", "response")
        for wire in sorted(news.keys() - olds.keys()):
            f = news[wire]
            where = f"{nm.name}.{wire}"
            self.add("response-property-added", res, call, where, f"`{where}` was added (`{type_text(f.type)}`)", "response")
            if f.deprecated:
                self.add("deprecated", res, call, where, f"`{where}` is deprecated", "response")
            self.enqueue_known(f.type, home)
        for wire in sorted(olds.keys() & news.keys()):
            a, b = olds[wire], news[wire]
            where = f"{nm.name}.{wire}"
            if a.required and not b.required:
                self.add("response-property-now-optional", res, call, where, f"`{where}` may now be absent", "response")
            elif b.required and not a.required:
                self.add("response-property-now-required", res, call, where, f"`{where}` is now always present", "response")
            if b.deprecated and not a.deprecated:
                self.add("deprecated", res, call, where, f"`{where}` is deprecated", "response")
            if a.type == b.type and not self.response_types.has_models(a.type):
                continue
            for delta in self.response_types.compare(a.type, b.type, enqueue):
                self.report_delta(delta, "response", "response-property", res, call, where, f"`{where}`")

    # --- events ----------------------------------------------------------------------------------

    def compare_events(self) -> None:
        olds = {e.type: e for e in self.old.events}
        news = {e.type: e for e in self.new.events}
        home = (EVENTS, "")
        for key in sorted(olds.keys() - news.keys()):
            self.add("event-removed", EVENTS, "", key, f"Webhook event `{key}` (`{olds[key].class_name}`) was removed")
        for key in sorted(news.keys() - olds.keys()):
            self.add("event-added", EVENTS, "", key, f"Webhook event `{key}` (`{news[key].class_name}`) was added")
            self.enqueue_known(news[key].object_type, home)
        for key in sorted(olds.keys() & news.keys()):
            a, b = olds[key], news[key]
            deltas = self.response_types.compare(a.object_type, b.object_type, lambda x, y, _s: self.enqueue(x, y, home))
            for delta in deltas:
                self.report_delta(delta, "response", "event", EVENTS, "", key, f"Webhook event `{key}`: `data.object`")

    # --- messages --------------------------------------------------------------------------------

    def report_delta(self, delta: Delta, side: str, prefix: str, res: str, call: str, location: str, subject: str) -> None:
        level = delta_level(delta, side)
        request = side == "request"
        if request and _only_empty_string(delta):  # e.g. inside a list: `files[]` may be ""
            gained = delta.kind in (WIDENED, ENUM_ADDED)
            kind = "param-now-emptyable" if gained else "param-no-longer-emptyable"
            verb = "can now be" if gained else "can no longer be"
            self.add(kind, res, call, location, f'{subject} {verb} `""` (to clear it)', side)
            return
        if delta.kind in (ENUM_ADDED, ENUM_REMOVED):
            kind = delta.kind
            plural = "s" if len(delta.values) > 1 else ""
            if delta.kind == ENUM_ADDED:
                verb = f"accepts the new value{plural}" if request else f"may be the new value{plural}"
            else:
                verb = f"no longer accepts the value{plural}" if request else f"is no longer sent with the value{plural}"
            message = f"{subject} {verb} {values_text(delta.values)}"
        else:
            kind = f"{prefix}-{delta.kind}"
            old, new = f"`{type_text(delta.old)}`", f"`{type_text(delta.new)}`"
            if delta.kind == NOW_NULLABLE:
                message = f"{subject} now accepts `None`" if request else f"{subject} may now be `None`"
            elif delta.kind == NO_LONGER_NULLABLE:
                message = f"{subject} no longer accepts `None`" if request else f"{subject} is no longer `None`"
            elif delta.kind == REPLACED:
                message = f"{subject} is now typed {new} instead of {old} (its differences are listed under {new})"
            elif delta.old is not None and delta.new is not None:
                message = f"{subject} changed type from {old} to {new}"
            elif delta.new is not None:
                message = f"{subject} now also accepts {new}" if request else f"{subject} may now also be {new}"
            else:
                message = f"{subject} no longer accepts {old}" if request else f"{subject} is no longer {old}"
        self.add(kind, res, call, location, message, side, level)
