"""Behaviour: what each kind of operation does to the stored objects, as Stripe would."""

from __future__ import annotations

import base64
import copy
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from generator.mock.errors import ApiError, no_such
from generator.mock.events import Events, previous_attributes
from generator.mock.routes import Operation
from generator.mock.schemas import Schemas, new_id, random_suffix
from generator.mock.search import parse as parse_search
from generator.mock.store import Store
from generator.mock.testmode import TestMode

PAGING = frozenset({"limit", "starting_after", "ending_before", "expand", "page", "query"})
# The status an action leads to, when the object's `status` enum has it (else verb + "ed"/"d").
ACTION_STATUS = {
    "cancel": ("canceled", "cancelled"),
    "confirm": ("succeeded", "complete"),
    "capture": ("succeeded",),
    "void_invoice": ("void",),
    "finalize_invoice": ("open",),
    "finalize": ("open",),
    "pay": ("paid",),
    "mark_uncollectible": ("uncollectible",),
    "resume": ("active",),
    "pause": ("paused",),
    "verify_microdeposits": ("succeeded",),
    "reverse": ("reversed",),
}
# The status a new object starts in: the first of these its `status` enum has.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
INITIAL_STATUS = ("requires_payment_method", "draft", "active", "succeeded", "open", "pending", "available")
# Body parameters that name another object, by its type: an unknown id is Stripe's 400 resource_missing.
REFERENCES = {
    "customer": "customer", "payment_method": "payment_method", "default_payment_method": "payment_method",
    "price": "price", "product": "product", "plan": "plan", "coupon": "coupon", "invoice": "invoice",
    "subscription": "subscription", "charge": "charge", "payment_intent": "payment_intent",
    "setup_intent": "setup_intent", "promotion_code": "promotion_code",
}


class Response:
    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None):
        self.status = status
        self.body = body
        self.headers = headers or {}


class Resources:
    def __init__(
        self,
        schemas: Schemas,
        store: Store,
        known_types: set[str],
        fixtures: Mapping[str, Any] | None = None,
        events: Events | None = None,
    ):
        self.schemas = schemas
        self.store = store
        self.known_types = known_types
        self.fixtures = dict(fixtures or {})  # object type -> a sample object (Stripe's fixtures3.json)
        self.events = events if events is not None else Events(store, set(), "")
        self.deleted: dict[str, dict[str, Any]] = {}  # id -> the `{id, object, deleted}` stub of a deleted object
        self.testmode = TestMode(self)

    def handle(self, op: Operation, path_params: dict[str, str], params: dict[str, Any], url_path: str) -> Response:
        if op.oauth:
            return self._oauth(op, params)
        if op.response_media != "application/json":
            return self._file(op, path_params)
        if op.http_method == "POST":
            self.check_references(params)
        body = self.testmode.handle(op, path_params, params)
        if body is None:
            body = self._dispatch(op, path_params, params, url_path)
        expand = params.get("expand")
        if isinstance(expand, list) and isinstance(body, dict):
            self.expand(body, [e for e in expand if isinstance(e, str)])
        return Response(op.status, body)

    def _dispatch(self, op: Operation, path_params: dict[str, str], params: dict[str, Any], url_path: str) -> Any:
        kind = op.kind
        if op.envelope == "search" or kind == "search":
            return self._search(op, params, url_path)
        if op.envelope == "list":
            return self._list(op, path_params, params, url_path)
        if kind == "create":
            created = self._create(op, path_params, params)
            self.events.record(str(created.get("object") or op.object_type), "created", created)
            return created
        if kind == "update":
            return self._update(op, path_params, params)
        if kind == "delete":
            return self._delete(op, path_params, params)
        if kind == "action":
            return self._action(op, path_params, params)
        return self._retrieve(op, path_params)

    def check_references(self, params: dict[str, Any]) -> None:
        """Ids of other objects in a body (`customer`, `items[0][price]`) must exist, as Stripe checks."""
        for name, value in params.items():
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        self.check_references({k: v for k, v in item.items() if k in ("price", "plan")})
            kind = REFERENCES.get(name)
            if kind is None or kind not in self.known_types or not isinstance(value, str) or not value:
                continue
            if self.testmode.is_shorthand(value) or self.store.get(kind, value) is not None:
                continue
            found = self.store.find(value)
            if found is None or found[0] != kind:
                raise no_such(kind, value, name, status=400)

    # --- building objects -----------------------------------------------------------------------

    def object_schema(self, schema: Any) -> dict[str, Any]:
        for branch in self.schemas.branches(schema):
            if "object" in self.schemas.types(branch) or self.schemas.properties(branch):
                return branch
        return self.schemas.resolve(schema)

    def _new(self, op: Operation, params: dict[str, Any], path_params: dict[str, str]) -> dict[str, Any]:
        schema = self.object_schema(op.item_schema)
        object_id = new_id(op.prefix)
        obj = self._sample(op)
        obj = copy.deepcopy(obj) if obj is not None else self.schemas.template(schema, object_id)
        if not isinstance(obj, dict):
            obj = {}
        props = self.schemas.properties(schema)
        if "id" in props or "id" in obj:
            obj["id"] = object_id
        if op.object_type and ("object" in props or "object" in obj):
            obj["object"] = op.object_type
        if "created" in props:
            obj["created"] = int(time.time())
        if "livemode" in props:
            obj["livemode"] = False
        status = self.schemas.resolve(props.get("status"))
        values = self.schemas.enum(status) if status else None
        if values:
            obj["status"] = next((s for s in INITIAL_STATUS if s in values), obj.get("status", values[0]))
        if "client_secret" in props and isinstance(obj.get("client_secret"), str):
            obj["client_secret"] = f"{object_id}_secret_{random_suffix()}"
        for name, value in path_params.items():  # POST /v1/customers/{customer}/sources -> source.customer
            if name in props and name != "id":
                obj[name] = value
        if "metadata" in props:
            obj["metadata"] = {}  # an example's metadata is not the caller's
        # Like Stripe, a field the caller could have set but did not is null, not the example's value.
        settable = self.schemas.properties(op.body_schema) if op.body_schema is not None else {}
        for name in settable:
            if name in props and name not in params and name in obj and self.schemas.nullable(props[name]):
                obj[name] = None
        self.assign(obj, schema, params, top=True)
        if "captured" in props and "capture" in params and isinstance(params["capture"], bool):
            obj["captured"] = params["capture"]
        elif "captured" in props and op.object_type == "charge":
            obj["captured"] = True
        if obj.get("captured") is True and "amount_captured" in props and isinstance(obj.get("amount"), int):
            obj["amount_captured"] = obj["amount"]
        if "paid" in props and op.object_type == "charge":
            obj["paid"] = True
            obj["status"] = "succeeded" if "succeeded" in (values or []) else obj.get("status")
        if values and obj.get("status") == "requires_payment_method" and obj.get("payment_method"):
            if "requires_confirmation" in values:
                obj["status"] = "requires_confirmation"
        if params.get("confirm") is True and "confirm" not in props:
            self._transition(obj, schema, "confirm", {})
        return obj

    def _sample(self, op: Operation) -> dict[str, Any] | None:
        """What a new object starts from: the fixture of its type, else the operation's example."""
        fixture = self.fixtures.get(op.object_type or "")
        if isinstance(fixture, dict) and fixture.get("object", op.object_type) == op.object_type:
            return fixture
        return op.example if isinstance(op.example, dict) and op.envelope is None else None

    def assign(self, target: dict[str, Any], schema: Any, params: dict[str, Any], top: bool = False) -> None:
        """Copy params onto the properties the response schema has (only those), merging objects;
        `""` clears a value, and a key of a hash such as `metadata`."""
        schema = self.object_schema(schema)
        props = self.schemas.properties(schema)
        extra = schema.get("additionalProperties")
        for key, value in params.items():
            if top and key == "expand":
                continue
            if key in props:
                prop: Any = props[key]
            elif isinstance(extra, dict) or extra is True:
                prop = extra if isinstance(extra, dict) else {}
            else:
                continue
            if value == "" and key not in props:
                target.pop(key, None)  # metadata[k]="" unsets one key of a hash
                continue
            if value == "" and not self._takes_string(prop):
                if self._is_hash(prop):
                    target[key] = {}  # metadata="" unsets them all
                elif self.schemas.nullable(prop):
                    target[key] = None
                continue
            if isinstance(value, dict):
                branch = self._object_branch(prop)
                if branch is None:
                    continue
                current = target.get(key)
                if not isinstance(current, dict):
                    current = self.schemas.synthesise(branch) if self.schemas.properties(branch) else {}
                    current = current if isinstance(current, dict) else {}
                self.assign(current, branch, value)
                target[key] = current
            elif self.schemas.accepts(prop, value):
                target[key] = value

    def _takes_string(self, schema: Any) -> bool:
        for branch in self.schemas.branches(schema):
            if "string" in self.schemas.types(branch):
                allowed = self.schemas.enum(branch)
                if allowed is None or "" in allowed:
                    return True
        return False

    def _object_branch(self, schema: Any) -> dict[str, Any] | None:
        for branch in self.schemas.branches(schema):
            if "object" in self.schemas.types(branch):
                return branch
        return None

    def _is_hash(self, schema: Any) -> bool:
        branch = self._object_branch(schema)
        return branch is not None and not self.schemas.properties(branch)

    # --- looking up -----------------------------------------------------------------------------

    def _check_parents(self, op: Operation, path_params: dict[str, str], own: str | None) -> None:
        for name, value in path_params.items():
            if name != own and name in self.known_types and self.store.find(value) is None:
                raise no_such(name, value, name)

    def _lookup(self, op: Operation, path_params: dict[str, str]) -> tuple[str | None, dict[str, Any]]:
        """(type, object) named by the last path param; type None when the id is of another type."""
        if not op.path_params:
            return op.object_type, self.store.singleton(op.path, lambda: self._new(op, {}, {}))
        name = op.path_params[-1]
        object_id = path_params[name]
        self._check_parents(op, path_params, name)
        for kind in op.candidate_types:
            found = self.store.get(kind, object_id)
            if found is not None:
                return kind, found
        other = self.store.find(object_id)
        # /v1/customers/{customer}/cash_balance: an object hanging off another's id; but where the
        # path ends with the id, it names the object itself, and one of another type is not it
        if other is not None and not op.path.rstrip("/").endswith("}"):
            return None, other[1]
        raise no_such(op.object_type or name, object_id, name)

    def _sub_object(self, op: Operation, path_params: dict[str, str], parent: dict[str, Any]) -> dict[str, Any]:
        """GET /v1/customers/{customer}/cash_balance: an object of another type hanging off the id."""
        key = f"{op.path}#{parent.get('id')}"
        return self.store.singleton(key, lambda: self._new(op, {}, path_params))

    # --- operations -----------------------------------------------------------------------------

    def _retrieve(self, op: Operation, path_params: dict[str, str]) -> dict[str, Any]:
        stub = self.deleted.get(path_params.get(op.path_params[-1], "")) if op.path_params else None
        if stub is not None and self._answers_deleted(op):
            return dict(stub)  # GET /v1/customers/{deleted}: Stripe's `{id, object, deleted: true}`
        kind, obj = self._lookup(op, path_params)
        if kind is None:
            return self._sub_object(op, path_params, obj)
        return obj

    def _answers_deleted(self, op: Operation) -> bool:
        """Whether the operation's answer may be a deleted stub (customers', not products')."""
        return any("deleted" in self.schemas.properties(b) for b in self.schemas.branches(op.response_schema))

    def create(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        """A new object as POST would make it, without its events (test mode records its own)."""
        return self._create(op, path_params, params)

    def _create(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        self._check_parents(op, path_params, None)
        obj = self._new(op, params, path_params)
        if isinstance(obj.get("id"), str) and op.object_type:
            return self.store.add(op.object_type, obj)
        return obj

    def _update(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        kind, obj = self._lookup(op, path_params)
        if kind is None:
            obj = self._sub_object(op, path_params, obj)
            kind = op.object_type
        before = copy.deepcopy(obj)
        self.assign(obj, self.object_schema(op.item_schema), params, top=True)
        if kind and isinstance(obj.get("id"), str):
            updated = self.store.put(kind, obj)
            self.events.record(kind, "updated", updated, previous_attributes(before, updated))
            return updated
        return obj

    def _delete(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        kind, obj = self._lookup(op, path_params)
        if not op.deletes:  # DELETE /v1/subscriptions/{id} cancels and answers the object
            schema = self.object_schema(op.item_schema)
            self.assign(obj, schema, params, top=True)
            self._transition(obj, schema, "cancel", params)
            canceled = self.store.put(kind or op.object_type or "object", obj)
            self.events.record(str(canceled.get("object") or kind), "deleted", canceled)  # as Stripe names it
            return canceled
        self.store.remove(kind or op.object_type or "", obj["id"])
        stub = self.schemas.template(self.object_schema(op.item_schema))
        stub = stub if isinstance(stub, dict) else {}
        stub.update({"id": obj["id"], "object": obj.get("object", op.object_type), "deleted": True})
        self.deleted[obj["id"]] = {"id": obj["id"], "object": stub["object"], "deleted": True}
        self.events.record(str(obj.get("object") or kind), "deleted", obj)
        return stub

    def _action(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
        kind, obj = self._lookup(op, path_params)
        if kind is None:  # POST /v1/customers/{customer}/funding_instructions: a new object of another type
            created = self._new(op, params, path_params)
            if isinstance(created.get("id"), str) and op.object_type:
                return self.store.add(op.object_type, created)
            return created
        schema = self.object_schema(op.item_schema)
        self.assign(obj, schema, params, top=True)
        self._transition(obj, schema, op.name.method, params)
        return self.store.put(kind, obj)

    def _transition(self, obj: dict[str, Any], schema: Any, verb: str, params: dict[str, Any]) -> None:
        props = self.schemas.properties(schema)
        now = int(time.time())
        status = self.schemas.resolve(props.get("status"))
        values = self.schemas.enum(status) or [] if status else []
        wanted = [*ACTION_STATUS.get(verb, ()), verb + "ed", verb + "d", verb]
        if verb == "confirm" and obj.get("capture_method") in ("manual", "manual_preferred"):
            wanted.insert(0, "requires_capture")
        new = next((s for s in wanted if s in values), None)
        if new is not None:
            obj["status"] = new
        if verb == "attach" and "customer" in props and "customer" in params:
            obj["customer"] = params["customer"]
        if verb == "detach" and "customer" in props:
            obj["customer"] = None
        if verb == "cancel":
            for stamp in ("canceled_at", "cancelled_at", "ended_at"):
                if stamp in props:
                    obj[stamp] = now
        if verb == "capture" or (verb == "confirm" and new == "succeeded"):
            if "captured" in props:
                obj["captured"] = True
            if "amount_received" in props and isinstance(obj.get("amount"), int):
                obj["amount_received"] = params.get("amount_to_capture", obj["amount"])
            if "amount_capturable" in props:
                obj["amount_capturable"] = 0
        if verb == "pay":
            if "paid" in props:
                obj["paid"] = True
            if "amount_paid" in props and isinstance(obj.get("amount_due"), int):
                obj["amount_paid"] = obj["amount_due"]

    def _filtered(self, op: Operation, path_params: dict[str, str], params: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for kind in op.candidate_types or ([op.object_type] if op.object_type else []):
            items.extend(self.store.all(kind))
        if len(op.candidate_types) > 1:
            items.sort(key=lambda o: o.get("created") or 0, reverse=True)
        props = self.schemas.properties(self.object_schema(op.item_schema))
        filters = {k: v for k, v in path_params.items() if k in props}
        filters.update({k: v for k, v in params.items() if k not in PAGING and k in props})
        for name, wanted in filters.items():
            items = [o for o in items if _matches(o.get(name), wanted)]
        if op.object_type == "event" and isinstance(params.get("types"), list):  # GET /v1/events?types[]=...
            items = [o for o in items if o.get("type") in params["types"]]
        return items

    def _list(self, op: Operation, path_params: dict[str, str], params: dict[str, Any], url_path: str) -> dict[str, Any]:
        self._check_parents(op, path_params, None)
        items = self._filtered(op, path_params, params)
        limit = _limit(params)
        after, before = params.get("starting_after"), params.get("ending_before")
        if after or before:
            cursor = after or before
            ids = [o.get("id") for o in items]
            if cursor not in ids:
                name = "starting_after" if after else "ending_before"
                raise no_such(op.object_type or "object", str(cursor), name)
            index = ids.index(cursor)
            if after:
                rest = items[index + 1 :]
                page, has_more = rest[:limit], len(rest) > limit
            else:
                rest = items[:index]
                page, has_more = rest[-limit:], len(rest) > limit
        else:
            page, has_more = items[:limit], len(items) > limit
        body = self._envelope(op)
        body.update({"object": "list", "data": page, "has_more": has_more, "url": self._list_url(op, url_path)})
        return body

    def _search(self, op: Operation, params: dict[str, Any], url_path: str) -> dict[str, Any]:
        query = params.get("query")
        if not isinstance(query, str):
            raise ApiError("Missing required param: query.", code="parameter_missing", param="query")
        predicate = parse_search(query)
        items = [o for o in self._filtered(op, {}, {}) if predicate(o)]
        limit = _limit(params)
        offset = 0
        if params.get("page"):
            try:
                offset = int(base64.urlsafe_b64decode(str(params["page"]).encode()).decode().split(":")[1])
            except (ValueError, IndexError, UnicodeDecodeError):
                raise ApiError(f"Invalid page: {params['page']}", param="page") from None
        page = items[offset : offset + limit]
        more = offset + limit < len(items)
        body = self._envelope(op)
        body.update({"object": "search_result", "data": page, "has_more": more, "url": url_path})
        body["next_page"] = base64.urlsafe_b64encode(f"page:{offset + limit}".encode()).decode() if more else None
        if "total_count" in self.schemas.properties(op.response_schema):
            body["total_count"] = len(items)
        return body

    def _file(self, op: Operation, path_params: dict[str, str]) -> Response:
        """A non-JSON answer (a quote's PDF): a small body of the declared media type."""
        if op.path_params:
            self._lookup(op, path_params)
        body = b"%PDF-1.4\n%fake\n%%EOF\n" if op.response_media == "application/pdf" else b"fake content\n"
        return Response(op.status, body, {"Content-Type": op.response_media})

    def _list_url(self, op: Operation, url_path: str) -> str:
        """The list's `url`: the request path, unless the schema pins it (`^/v1/balance_transactions`)."""
        url = self.schemas.resolve(self.schemas.properties(op.response_schema).get("url"))
        literal = self.schemas.pattern_prefix(url)
        return literal if literal and not url_path.startswith(literal) else url_path

    def _envelope(self, op: Operation) -> dict[str, Any]:
        body = self.schemas.template(op.response_schema)
        return body if isinstance(body, dict) else {}

    # --- expand ---------------------------------------------------------------------------------

    def expand(self, body: dict[str, Any], paths: list[str]) -> None:
        for path in paths:
            self._expand(body, path.split("."))

    def _expand(self, node: Any, parts: list[str]) -> None:
        if isinstance(node, list):
            for item in node:
                self._expand(item, parts)
            return
        if not isinstance(node, dict) or not parts:
            return
        key, rest = parts[0], parts[1:]
        child = node.get(key)
        if isinstance(child, str):
            found = self.store.find(child)
            if found is not None:
                node[key] = child = found[1]
        self._expand(child, rest)

    # --- OAuth ----------------------------------------------------------------------------------

    def _oauth(self, op: Operation, params: dict[str, Any]) -> Response:
        if op.http_method == "GET" and op.path.rstrip("/").endswith("/authorize"):
            target = params.get("redirect_uri") or "https://connect.stripe.com/connect/default/oauth/test"
            answer = {"code": f"ac_{random_suffix(length=24)}", "scope": params.get("scope", "read_write")}
            if params.get("state") is not None:
                answer["state"] = params["state"]
            parts = urlsplit(str(target))
            query = urlencode([*parse_qsl(parts.query), *answer.items()])
            location = urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
            location = quote(location, safe=_URL_SAFE)  # a header is Latin-1: percent-encode the rest
            return Response(302, {"redirect": location, **answer}, {"Location": location})
        for name, kind in (("code", "ac_"), ("refresh_token", "rt_")):
            value = params.get(name)
            if isinstance(value, str) and not value.startswith(kind):
                what = "Authorization code" if name == "code" else "Refresh token"
                raise ApiError(f"{what} does not exist: {value[:100]}", code="invalid_grant")
        body = op.example if op.example is not None else self.schemas.template(op.response_schema)
        body = copy.deepcopy(body)
        if isinstance(body, dict):
            params = {k: v for k, v in params.items() if k not in ("client_secret", "code", "refresh_token")}
            self.assign(body, op.response_schema, params, top=True)
        return Response(op.status, body)


def _matches(actual: Any, wanted: Any) -> bool:
    if isinstance(actual, dict) and "id" in actual:
        actual = actual["id"]
    if isinstance(wanted, dict) and isinstance(actual, (int, float)):  # created[gte]=...
        number: float = actual
        checks = {"gt": number.__gt__, "gte": number.__ge__, "lt": number.__lt__, "lte": number.__le__}
        return all(checks[k](v) for k, v in wanted.items() if k in checks and isinstance(v, (int, float)))
    if isinstance(wanted, (dict, list)):
        return True  # structured filters other than ranges are accepted and ignored
    return actual == wanted or str(actual) == str(wanted)


def _limit(params: dict[str, Any]) -> int:
    limit = params.get("limit", 10)
    if not isinstance(limit, int) or not 1 <= limit <= 100:
        raise ApiError(
            f"Invalid limit: must be between 1 and 100 (got {limit})", code="parameter_invalid_integer", param="limit"
        )
    return limit
