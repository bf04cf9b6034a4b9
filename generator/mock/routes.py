"""Routes: each operation of the document compiled once into what the handlers need."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.mock.schemas import Schemas, id_prefix
from generator.naming import OperationName, PathContext, is_path_param, operation_name

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
_IR_NAMES: dict[tuple[Any, ...], dict[tuple[str, str], OperationName]] = {}  # a few, by what names depend on


def _naming_key(document: dict[str, Any]) -> tuple[Any, ...]:
    """What operation names depend on, cheap to compute: every fake server of a pinned version is
    made from a fresh copy of the same document, and building its IR takes seconds."""
    info = _mapping(document.get("info"))
    paths = _mapping(document.get("paths"))
    operations = tuple(
        (path, method, str(op.get("operationId")), str(op.get("x-client-method")), str(sorted(op.get("responses") or {})))
        for path, item in paths.items() if isinstance(item, dict)
        for method, op in item.items() if isinstance(op, dict)
    )
    schemas = _mapping(_mapping(document.get("components")).get("schemas"))
    return (str(info.get("title")), str(info.get("version")), len(schemas), operations)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def ir_names(document: dict[str, Any]) -> dict[tuple[str, str], OperationName]:
    """(METHOD, path) -> the name the generator gives the operation, from the IR it builds: the fake
    server and the clients route by the same names. Empty when the document does not build."""
    key = _naming_key(document)
    if key in _IR_NAMES:
        return _IR_NAMES[key]
    from generator.builder import build_api
    from generator.ir import iter_operations
    from generator.load import Document
    from generator.problems import SpecError

    try:
        api = build_api(Document(document, "<mock>"))
    except SpecError:
        names = {}  # typed by the loop above
    else:
        names = {
            (op.http_method.upper(), op.path): OperationName(resource.path, op.name, op.kind)
            for resource, op in iter_operations(api.resources)
        }
    if len(_IR_NAMES) >= 8:
        _IR_NAMES.pop(next(iter(_IR_NAMES)))
    _IR_NAMES[key] = names
    return names


_SUCCESS = ("200", "201", "202", "2XX")


@dataclass
class Operation:
    http_method: str  # "GET"
    path: str  # the template, "/v1/customers/{customer}"
    name: OperationName
    path_params: list[str]
    params: dict[str, tuple[Any, bool]]  # query params: name -> (schema, required)
    required_headers: list[str]
    body_schema: Any
    body_media: list[str]
    status: int
    response_schema: Any
    example: Any
    envelope: str | None  # "list" | "search" | None
    item_schema: Any  # the object schema (list items for lists)
    object_type: str | None
    candidate_types: list[str]
    prefix: str
    deletes: bool  # the response is a `{id, object, deleted}` stub
    response_media: str = "application/json"  # e.g. application/pdf for GET /v1/quotes/{quote}/pdf
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def kind(self) -> str:
        return self.name.kind

    @property
    def oauth(self) -> bool:
        return self.path.startswith("/oauth/")


class Router:
    """Finds the operation for a method and a path; literal segments win over `{params}`."""

    def __init__(self, document: dict[str, Any], schemas: Schemas):
        self.schemas = schemas
        self.operations: list[Operation] = []
        self._literal: dict[tuple[str, str], Operation] = {}
        self._templated: dict[tuple[str, int], list[tuple[int, re.Pattern[str], Operation]]] = {}
        paths = document.get("paths") or {}
        contexts = self._contexts(paths)
        self.ir_names = ir_names(document)
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    self._add(self._compile(path, method, op, shared, contexts[path]))
        for bucket in self._templated.values():
            bucket.sort(key=lambda entry: -entry[0])

    def _add(self, operation: Operation) -> None:
        self.operations.append(operation)
        segments = operation.path.strip("/").split("/")
        if not operation.path_params:
            self._literal[(operation.http_method, operation.path.rstrip("/") or "/")] = operation
            return
        pattern = "^/" + "/".join(
            "([^/]+)" if s.startswith("{") and s.endswith("}") else re.escape(s) for s in segments
        ) + "/?$"
        literals = sum(1 for s in segments if not s.startswith("{"))
        key = (operation.http_method, len(segments))
        self._templated.setdefault(key, []).append((literals, re.compile(pattern), operation))

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        trimmed = path.rstrip("/") or "/"
        found = self._literal.get((method, trimmed))
        if found is not None:
            return found, {}
        count = len(trimmed.strip("/").split("/"))
        for _, regex, operation in self._templated.get((method, count), []):
            hit = regex.match(trimmed)
            if hit:
                return operation, {n: unquote(v) for n, v in zip(operation.path_params, hit.groups())}
        return None

    def methods_for(self, path: str) -> list[str]:
        return [m for m in ("GET", "POST", "DELETE", "PUT", "PATCH") if self.match(m, path)]

    # --- compiling ------------------------------------------------------------------------------

    @staticmethod
    def _shape(path: str) -> str:
        return "/".join("{}" if is_path_param(s) else s for s in path.rstrip("/").split("/"))

    def _contexts(self, paths: dict[str, Any]) -> dict[str, PathContext]:
        """What naming needs to know about each path (as the generator's build stage computes it)."""
        shapes = {self._shape(p) for p in paths}
        prefixes: set[str] = set()  # every proper prefix of a shape, for "other paths continue below"
        for shape in shapes:
            parts = shape.split("/")
            prefixes.update("/".join(parts[:i]) for i in range(1, len(parts)))
        contexts = {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            shape = self._shape(path)
            get = ""
            if isinstance(item.get("get"), dict):
                _, schema, _ = self._response(item["get"])
                get = "list" if self.schemas.is_list_envelope(schema) and self.schemas.object_type(schema) != "search_result" else "object"
            parent = shape.rsplit("/", 1)[0]
            contexts[path] = PathContext(
                get=get,
                methods=frozenset(m for m in HTTP_METHODS if m in item),
                is_collection=get == "list" or shape in prefixes,
                parent_known=parent in shapes or parent + "/{}" in prefixes or parent + "/{}" in shapes,
            )
        return contexts

    def _compile(self, path: str, method: str, op: dict[str, Any], shared: list[Any], context: PathContext) -> Operation:
        schemas = self.schemas
        params: dict[str, tuple[Any, bool]] = {}
        headers: list[str] = []
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*shared, *(op.get("parameters") or [])]:
            param = schemas.resolve(raw)
            if "name" in param:
                merged[(param.get("in", "query"), param["name"])] = param
        for (where, pname), param in merged.items():
            if where == "query":
                params[pname] = (param.get("schema") or {}, bool(param.get("required")))
            elif where == "header" and param.get("required"):
                headers.append(pname)
        body = schemas.resolve(op.get("requestBody")) if op.get("requestBody") else {}
        content = body.get("content") or {}
        body_media = [m.lower() for m in content]
        body_schema: Any = {}
        for media in ("application/x-www-form-urlencoded", "application/json", "multipart/form-data", *content):
            if media in content:
                body_schema = (content[media] or {}).get("schema") or {}
                break
        status, response_schema, example = self._response(op)
        response_media = self._response_media(op)
        envelope = None
        item_schema = response_schema
        if schemas.is_list_envelope(response_schema):
            envelope = "search" if schemas.object_type(response_schema) == "search_result" else "list"
            item_schema = schemas.list_item(response_schema)
        name = self.ir_names.get((method.upper(), path)) or operation_name(
            method,
            path,
            extension=op.get("x-client-method"),
            kind_hint=op.get("x-client-kind"),
            context=context,
        )
        candidates = schemas.candidate_types(item_schema)
        object_type = candidates[0] if candidates else None
        props = schemas.properties(schemas.branches(item_schema)[0]) if item_schema else {}
        deletes = "deleted" in props
        if object_type is None:
            object_type = schemas.ref_name(item_schema) or None
        example_id = example.get("id") if isinstance(example, dict) else None
        return Operation(
            http_method=method.upper(),
            path=path,
            name=name,
            path_params=re.findall(r"\{([^}]+)\}", path),
            params=params,
            required_headers=headers,
            body_schema=body_schema,
            body_media=body_media,
            status=status,
            response_schema=response_schema,
            example=example,
            envelope=envelope,
            item_schema=item_schema,
            object_type=object_type,
            candidate_types=candidates,
            prefix=id_prefix(object_type or "obj", example_id),
            deletes=deletes,
            response_media=response_media,
            raw=op,
        )

    def _response_media(self, op: dict[str, Any]) -> str:
        """The success response's media type: JSON when it offers JSON (or nothing)."""
        responses = op.get("responses") or {}
        code = next((c for c in responses if str(c).startswith("2")), None)
        content: dict[str, Any] = self.schemas.resolve(responses[code]).get("content") or {} if code is not None else {}
        if not content or any(m == "application/json" or m.endswith("+json") for m in content):
            return "application/json"
        return next(iter(content))

    def _response(self, op: dict[str, Any]) -> tuple[int, Any, Any]:
        responses = op.get("responses") or {}
        code = next((c for c in _SUCCESS if c in responses), None)
        if code is None:
            code = next((c for c in responses if str(c).startswith("2") or str(c).startswith("3")), None)
        if code is None:
            return 200, {}, None
        response = self.schemas.resolve(responses[code])
        content = response.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None) or {}
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
            first = self.schemas.resolve(next(iter(media["examples"].values())))
            example = first.get("value")
        status = int(code) if str(code).isdigit() else 200
        return status, media.get("schema") or {}, example
