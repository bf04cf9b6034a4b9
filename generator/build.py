"""Build: turn a loaded OpenAPI 3.0/3.1 document into the IR (names, types, resources, events, errors)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import replace
from typing import Any, Iterable

from generator import ir
from generator.load import Document, resolve_pointer
from generator.naming import (
    RESERVED_CLASS_NAMES,
    RESERVED_PARAM_NAMES,
    PathContext,
    field_name,
    is_path_param,
    operation_name,
    pascal,
    safe_identifier,
    snake,
    unique,
)
from generator.problems import Problem, SpecError, pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Headers the runtime sets from client and per-request options; a spec that documents them does
# not turn them into method arguments.
OPTION_HEADERS = frozenset({"stripe-account", "idempotency-key", "stripe-version", "authorization"})
ERROR_CLASSES = {
    "api_error": "APIError",
    "card_error": "CardError",
    "idempotency_error": "IdempotencyError",
    "invalid_request_error": "InvalidRequestError",
    "authentication_error": "AuthenticationError",
    "permission_error": "PermissionError",
    "rate_limit_error": "RateLimitError",
}
FORM = "application/x-www-form-urlencoded"


def _models_as_dicts(t: ir.TypeRef) -> ir.TypeRef:
    if t.kind == "model":
        return ir.TypeRef("map", items=(ir.ANY,))
    if t.items:
        return replace(t, items=tuple(_models_as_dicts(item) for item in t.items), discriminator="", mapping=())
    return t


def spec_hash(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Builder:
    """One pass over the document; every problem is collected with its location."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.data = doc.data
        self.problems: list[Problem] = []
        self.models: dict[str, ir.Model] = {}  # class name -> model
        self.params_models: dict[str, ir.Model] = {}
        # seeded with the names generated modules import, so that no class shadows one of them
        self.class_names: set[str] = set(RESERVED_CLASS_NAMES)
        self.params_names: set[str] = set(RESERVED_CLASS_NAMES)
        # component schema pointer -> class name (assigned before fields are built, for cycles)
        self.component_class: dict[str, str] = {}
        self.component_params_class: dict[str, str] = {}
        self.alias_types: dict[str, ir.TypeRef] = {}
        self.resolving_aliases: set[str] = set()
        self.openapi_31 = str(self.data.get("openapi", "")).startswith("3.1")

    # --- problems --------------------------------------------------------------------------

    def problem(self, severity: str, message: str, at: str, hint: str = "") -> None:
        file, line, inner = self.doc.locate(at)
        found = Problem(severity, message, file, inner, line, hint)  # type: ignore[arg-type]
        if found not in self.problems:  # a schema reached twice is reported once
            self.problems.append(found)

    # --- references ------------------------------------------------------------------------

    def deref(self, node: Any, at: str) -> tuple[Any, str]:
        """Follow `$ref`s; returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                self.problem("error", f"unresolvable $ref {ref!r}", at)
                return {}, at
            if ref in seen:
                self.problem("error", f"$ref {ref!r} refers to itself", at)
                return {}, at
            seen.add(ref)
            try:
                node = resolve_pointer(self.data, ref)
            except KeyError:
                self.problem("error", f"$ref {ref!r} does not resolve", at, "check the spelling and the path")
                return {}, at
            at = ref
        return node, at

    # --- schemas -> types ------------------------------------------------------------------

    def register_components(self) -> None:
        schemas = self.data.get("components", {}).get("schemas", {}) or {}
        if not isinstance(schemas, dict):
            self.problem("error", "components/schemas must be a mapping", pointer("components", "schemas"))
            return
        for key in sorted(schemas):
            schema = schemas[key]
            at = pointer("components", "schemas", key)
            if self.is_model_schema(schema, at):
                name = pascal(key)
                if self.is_event_schema(key):
                    name = name if name.endswith("Event") else name + "Event"
                self.component_class[at] = unique(name, self.class_names, ["schema"])

    def is_event_schema(self, key: str) -> bool:
        webhooks = self.data.get("webhooks") or {}
        return isinstance(webhooks, dict) and key in webhooks

    def is_model_schema(self, schema: Any, at: str) -> bool:
        if not isinstance(schema, dict) or "$ref" in schema:
            return False
        if "properties" in schema:
            return True
        if "allOf" in schema:
            return any(self.is_model_schema(self.deref(s, at)[0], at) for s in schema["allOf"])
        return False

    def build_component_models(self) -> None:
        for at, name in sorted(self.component_class.items(), key=lambda kv: kv[1]):
            schema = resolve_pointer(self.data, at)
            self.build_model(name, schema, at, response=True)

    def nullable(self, schema: dict[str, Any]) -> bool:
        if schema.get("nullable") is True:
            return True
        types = schema.get("type")
        return isinstance(types, list) and "null" in types

    def type_of(self, schema: Any, at: str, *, response: bool, context: str) -> ir.TypeRef:
        """The TypeRef of a schema; `context` names inline models (e.g. CustomerAddress)."""
        if schema is True or schema is False or schema is None or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            self.problem("error", "a schema must be a mapping", at)
            return ir.ANY
        if "$ref" in schema:
            target, target_at = self.deref(schema, at)
            if response and target_at in self.component_class:
                ref_type = ir.TypeRef("model", name=self.component_class[target_at])
            elif not response and target_at in self.component_class:
                ref_type = self.component_params(target, target_at)
            else:
                ref_type = self.alias_type(target, target_at, response=response)
            if self.nullable(schema):
                return self.union([ref_type, ir.NULL])
            return ref_type
        base = self.type_without_null(schema, at, response=response, context=context)
        if self.nullable(schema) and base.kind != "null":
            return self.union([base, ir.NULL])
        return base

    def component_params(self, schema: dict[str, Any], at: str) -> ir.TypeRef:
        """The request-side TypedDict of a component schema, built once and shared."""
        if at not in self.component_params_class:
            name = unique(self.component_class[at] + "Params", self.params_names, ["schema"])
            self.component_params_class[at] = name
            self.build_model(name, schema, at, response=False)
        return ir.TypeRef("model", name=self.component_params_class[at])

    def alias_type(self, schema: Any, at: str, *, response: bool) -> ir.TypeRef:
        key = f"{at}|{response}"
        if key in self.alias_types:
            return self.alias_types[key]
        if key in self.resolving_aliases:
            return ir.ANY  # a union that contains itself: stop at Any rather than recurse forever
        self.resolving_aliases.add(key)
        name = pascal(at.rsplit("/", 1)[-1])
        result = self.type_of(schema, at, response=response, context=name)
        self.resolving_aliases.discard(key)
        self.alias_types[key] = result
        return result

    def union(self, variants: Iterable[ir.TypeRef]) -> ir.TypeRef:
        flat: list[ir.TypeRef] = []
        for variant in variants:
            for item in variant.items if variant.kind == "union" else (variant,):
                if item not in flat:
                    flat.append(item)
        if any(t.kind == "any" for t in flat):
            return ir.ANY
        # Literal values merge into one Literal; keep null last for readability.
        literals = [t for t in flat if t.kind == "literal"]
        if len(literals) > 1:
            values: list[Any] = []
            for lit in literals:
                values += [v for v in lit.values if v not in values]
            merged = ir.TypeRef("literal", values=tuple(values), open_enum=any(t.open_enum for t in literals))
            first = flat.index(literals[0])
            flat = [t for t in flat if t.kind != "literal"]
            flat.insert(first, merged)
        flat.sort(key=lambda t: t.kind == "null")
        if len(flat) == 1:
            return flat[0]
        return ir.TypeRef("union", items=tuple(flat))

    def type_without_null(self, schema: dict[str, Any], at: str, *, response: bool, context: str) -> ir.TypeRef:
        if "const" in schema:
            return ir.TypeRef("literal", values=(schema["const"],))
        if "enum" in schema and isinstance(schema["enum"], list):
            values = tuple(v for v in schema["enum"] if isinstance(v, (str, int, float, bool)) or v is None)
            if not values:
                self.problem("warning", "an empty enum accepts no value; typed by its `type` instead", at)
            else:
                non_null = tuple(v for v in values if v is not None)
                # Response enums stay open (a newer API may add values); a single value is a constant
                # such as `object: "customer"` that tells models apart, so it stays exact.
                open_enum = response and len(non_null) > 1
                lit = ir.TypeRef("literal", values=non_null, open_enum=open_enum) if non_null else ir.NULL
                return self.union([lit, ir.NULL]) if None in values and non_null else lit
        for key in ("anyOf", "oneOf"):
            if key in schema and isinstance(schema[key], list):
                inline_objects = sum(1 for s in schema[key] if isinstance(s, dict) and "properties" in s)
                variants = [
                    self.type_of(
                        s, f"{at}/{key}/{i}", response=response, context=f"{context}{i}" if inline_objects > 1 else context
                    )
                    for i, s in enumerate(schema[key])
                ]
                result = self.union(variants)
                disc = schema.get("discriminator")
                if isinstance(disc, dict) and result.kind == "union" and isinstance(disc.get("propertyName"), str):
                    mapping = []
                    for value, ref in sorted((disc.get("mapping") or {}).items()):
                        cls = self.component_class.get(ref) if isinstance(ref, str) else None
                        if cls:
                            mapping.append((str(value), cls))
                    result = replace(result, discriminator=disc["propertyName"], mapping=tuple(mapping))
                return result
        if "allOf" in schema:
            parts = schema["allOf"]
            if isinstance(parts, list) and len(parts) == 1 and "properties" not in schema:
                return self.type_of(parts[0], f"{at}/allOf/0", response=response, context=context)
            if self.is_model_schema(schema, at):
                return self.inline_model(schema, at, response=response, context=context)
        types = schema.get("type")
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            if len(non_null) > 1:
                return self.union(
                    self.type_without_null({**schema, "type": t}, at, response=response, context=context)
                    for t in non_null
                )
            types = non_null[0] if non_null else "null"
        if types == "null":
            return ir.NULL
        if types == "string":
            if schema.get("format") == "binary" or schema.get("contentEncoding") == "binary":
                return ir.TypeRef("bytes")
            return ir.TypeRef("str")
        if types == "integer":
            return ir.TypeRef("int")
        if types == "number":
            return ir.TypeRef("float")
        if types == "boolean":
            return ir.TypeRef("bool")
        if types == "array" or "items" in schema:
            items = schema.get("items", {})
            return ir.TypeRef(
                "list", items=(self.type_of(items, f"{at}/items", response=response, context=context + "Item"),)
            )
        if types == "object" or "properties" in schema or "additionalProperties" in schema:
            if schema.get("properties"):
                return self.inline_model(schema, at, response=response, context=context)
            extra = schema.get("additionalProperties", True)
            value = ir.ANY if extra in (True, False, None, {}) else self.type_of(
                extra, f"{at}/additionalProperties", response=response, context=context + "Value"
            )
            return ir.TypeRef("map", items=(value,))
        if types is not None and types not in ("object",):
            self.problem("warning", f"unknown schema type {types!r}; typed as Any", at)
        return ir.ANY

    def inline_model(self, schema: dict[str, Any], at: str, *, response: bool, context: str) -> ir.TypeRef:
        if response:
            if at in self.component_class:
                return ir.TypeRef("model", name=self.component_class[at])
            name = unique(pascal(context), self.class_names, ["inline"])
            self.component_class[at] = name
            self.build_model(name, schema, at, response=True)
            return ir.TypeRef("model", name=name)
        name = unique(pascal(context) + ("" if context.endswith("Params") else "Params"), self.params_names, ["inline"])
        self.build_model(name, schema, at, response=False)
        return ir.TypeRef("model", name=name)

    def collect_properties(
        self, schema: dict[str, Any], at: str, seen: set[str] | None = None
    ) -> tuple[dict[str, tuple[Any, str]], set[str], Any]:
        """Properties (with their pointers), required names and additionalProperties, allOf merged."""
        seen = seen if seen is not None else set()
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        for index, part in enumerate(schema.get("allOf") or []):
            target, target_at = self.deref(part, f"{at}/allOf/{index}")
            if target_at in seen or not isinstance(target, dict):
                continue
            seen.add(target_at)
            sub_props, sub_required, sub_extra = self.collect_properties(target, target_at, seen)
            props.update(sub_props)
            required |= sub_required
            extra = extra if extra is not None else sub_extra
        for key, value in (schema.get("properties") or {}).items():
            props[str(key)] = (value, f"{at}/properties/{pointer(key)[2:]}")
        required |= {str(r) for r in schema.get("required") or [] if isinstance(r, str)}
        return props, required, extra

    def build_model(self, name: str, schema: dict[str, Any], at: str, *, response: bool) -> ir.Model:
        props, required, extra = self.collect_properties(schema, at)
        expandable = set(schema.get("x-expandableFields") or [])
        fields: list[ir.Field] = []
        taken: set[str] = set()
        wire_taken: dict[str, str] = {}
        for wire in props:
            prop, prop_at = props[wire]
            target, _ = self.deref(prop, prop_at) if isinstance(prop, dict) and "$ref" in prop else (prop, prop_at)
            if not response and isinstance(target, dict) and target.get("readOnly") is True:
                continue  # readOnly: only in responses
            python = field_name(wire)
            if python in taken:
                other = wire_taken[python]
                self.problem(
                    "warning",
                    f"properties {other!r} and {wire!r} both become `{python}`; the second is renamed",
                    prop_at,
                )
            python = unique(python, taken)
            wire_taken[python] = wire
            base = name[: -len("Params")] if not response and name.endswith("Params") else name
            ftype = self.type_of(prop, prop_at, response=response, context=f"{base}{pascal(wire)}")
            emptyable = self.is_emptyable(prop)
            write_only = response and isinstance(target, dict) and target.get("writeOnly") is True
            fields.append(
                ir.Field(
                    name=python,
                    wire_name=wire,
                    type=ftype,
                    required=wire in required and not write_only,  # writeOnly: never in responses
                    description=str((target or {}).get("description", "") if isinstance(target, dict) else ""),
                    deprecated=bool(isinstance(target, dict) and target.get("deprecated")),
                    emptyable=emptyable,
                    expandable=wire in expandable,
                    default=self.scalar_default(target, ftype) if response else None,
                )
            )
        object_type = ""
        obj = props.get("object")
        if obj is not None:
            obj_schema, _ = self.deref(obj[0], obj[1])
            enum = obj_schema.get("enum") if isinstance(obj_schema, dict) else None
            if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str):
                object_type = enum[0]
            elif isinstance(obj_schema, dict) and isinstance(obj_schema.get("const"), str):
                object_type = obj_schema["const"]
        extra_type = None
        if isinstance(extra, dict) and extra:
            extra_type = self.type_of(extra, f"{at}/additionalProperties", response=response, context=name + "Value")
        model = ir.Model(
            name=name,
            schema_name=at,
            fields=tuple(fields),
            description=str(schema.get("description") or schema.get("title") or ""),
            deprecated=bool(schema.get("deprecated")),
            kind="model" if response else "params",
            extra=extra_type,
            object_type=object_type,
        )
        (self.models if response else self.params_models)[name] = model
        return model

    @staticmethod
    def scalar_default(schema: Any, ftype: ir.TypeRef) -> Any:
        """The schema's `default` when it is a scalar that fits the field's type, else None."""
        value = schema.get("default") if isinstance(schema, dict) else None
        variants = ftype.items if ftype.kind == "union" else (ftype,)
        kinds = {t.kind for t in variants}
        fits = {str: "str", bool: "bool", int: "int", float: "float"}.get(type(value))
        if fits is not None and (fits in kinds or (fits == "int" and "float" in kinds)):
            return value
        literals = [v for t in variants if t.kind == "literal" for v in t.values]
        if fits is not None and any(value == v and type(value) is type(v) for v in literals):
            return value
        return None

    def is_emptyable(self, prop: Any) -> bool:
        if not isinstance(prop, dict):
            return False
        for key in ("anyOf", "oneOf"):
            for variant in prop.get(key) or []:
                if isinstance(variant, dict) and variant.get("enum") == [""]:
                    return True
        return False

    # --- operations ------------------------------------------------------------------------

    def server_urls(self) -> list[ir.Server]:
        servers = [ir.Server("api", str(s.get("url", ""))) for s in (self.data.get("servers") or [])[:1] if isinstance(s, dict)]
        if not servers:
            servers = [ir.Server("api", "")]
        return servers

    def build_operations(self) -> list[ir.Resource]:
        paths = self.data.get("paths") or {}
        if not isinstance(paths, dict):
            self.problem("error", "`paths` must be a mapping", "#/paths")
            return []
        servers = self.server_urls()
        server_keys = {s.url: s.key for s in servers}
        shapes = {self.path_shape(p) for p in paths}
        contexts = {}
        for p, item in paths.items():
            if not isinstance(item, dict):
                continue
            shape = self.path_shape(p)
            get = self.get_kind(item, pointer("paths", p, "get"))
            parent = shape.rsplit("/", 1)[0]
            contexts[p] = PathContext(
                get=get,
                methods=frozenset(m for m in HTTP_METHODS if m in item),
                is_collection=get == "list" or any(s.startswith(shape + "/") for s in shapes),
                parent_known=parent in shapes or any(s.startswith(parent + "/{}") for s in shapes),
            )
        by_resource: dict[tuple[str, ...], list[ir.Operation]] = defaultdict(list)
        operation_ids: dict[str, str] = {}  # operationId -> the first operation that uses it
        for path in sorted(paths):
            item = paths[path]
            path_at = pointer("paths", path)
            if not isinstance(item, dict):
                self.problem("error", "a path item must be a mapping", path_at)
                continue
            if "$ref" in item:
                item, _ = self.deref(item, path_at)
            common = item.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                at = pointer("paths", path, method)
                if not isinstance(op, dict):
                    self.problem("error", "an operation must be a mapping", at)
                    continue
                operation_id = op.get("operationId")
                if isinstance(operation_id, str) and operation_id in operation_ids:
                    self.problem(
                        "warning",
                        f"operationId {operation_id!r} is also used by {operation_ids[operation_id]}; "
                        "OpenAPI requires it to be unique",
                        at + "/operationId",
                    )
                elif isinstance(operation_id, str):
                    operation_ids[operation_id] = f"{method.upper()} {path}"
                built = self.build_operation(path, method, op, common, at, contexts[path], server_keys, servers)
                if built is not None:
                    resource, operation = built
                    by_resource[resource].append(operation)
        return self.assemble_resources(by_resource)

    @staticmethod
    def path_shape(path: str) -> str:
        return "/".join("{}" if is_path_param(s) else s for s in path.rstrip("/").split("/"))

    def get_kind(self, item: dict[str, Any], at: str = "#") -> str:
        op = item.get("get")
        if not isinstance(op, dict):
            return ""
        responses = op.get("responses") or {}
        for status in sorted(responses, key=str):
            if str(status).startswith("2"):
                raw, raw_at = self.deref(responses[status], f"{at}/responses/{status}")
                content = (raw.get("content") or {}) if isinstance(raw, dict) else {}
                media = content.get("application/json")
                schema_at = f"{raw_at}/content/application~1json/schema"
                if isinstance(media, dict) and self.page_kind(media.get("schema"), schema_at) == "list":
                    return "list"
                schema = self.deref(media.get("schema"), schema_at)[0] if isinstance(media, dict) else None
                if isinstance(schema, dict) and (schema.get("type") == "array" or "array" in (schema.get("type") or [])):
                    return "list"  # a bare JSON array (GET /pets -> [Pet]) is a collection too
        return "object"

    def build_operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        common: list[Any],
        at: str,
        context: PathContext,
        server_keys: dict[str, str],
        servers: list[ir.Server],
    ) -> tuple[tuple[str, ...], ir.Operation] | None:
        names = operation_name(
            method,
            path,
            extension=op.get("x-client-method") if isinstance(op.get("x-client-method"), str) else None,
            kind_hint=op.get("x-client-kind"),
            context=context,
        )
        response, errors = self.build_responses(op, at, pascal("_".join(names.resource) + "_" + names.method))
        kind = names.kind
        params, body_type, body_required = self.build_params(path, op, common, at, names)
        server, server_key = "", "api"
        op_servers = op.get("servers")
        if isinstance(op_servers, list) and op_servers and isinstance(op_servers[0], dict):
            server = str(op_servers[0].get("url", ""))
            if server not in server_keys:
                host = server.split("://", 1)[-1].split("/", 1)[0].split(".")[0]
                key = unique(snake(host, "server"), set(server_keys.values()))
                server_keys[server] = key
                servers.append(ir.Server(key, server))
            server_key = server_keys[server]
        return names.resource, ir.Operation(
            name=names.method,
            kind=kind,  # type: ignore[arg-type]
            http_method=method,
            path=path,
            operation_id=str(op.get("operationId", "")),
            params=params,
            body_content_type=body_type,
            response=response,
            errors=errors,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            deprecated=bool(op.get("deprecated")),
            server=server,
            server_key=server_key,
            location=at,
            body_required=body_required,
        )

    def build_params(
        self, path: str, op: dict[str, Any], common: list[Any], at: str, names: Any
    ) -> tuple[tuple[ir.Param, ...], str, bool]:
        context = pascal("_".join(names.resource) + "_" + names.method)
        taken: set[str] = set(RESERVED_PARAM_NAMES)
        params: list[ir.Param] = []
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        for source, source_at in ((common, at.rsplit("/", 1)[0] + "/parameters"), (op.get("parameters") or [], at + "/parameters")):
            for index, raw in enumerate(source):
                param, param_at = self.deref(raw, f"{source_at}/{index}")
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    self.problem("error", "a parameter needs `name` and `in`", f"{source_at}/{index}")
                    continue
                merged[(str(param["in"]), str(param["name"]))] = (param, param_at)
        placeholders = [s[1:-1] for s in path.split("/") if is_path_param(s)]
        for (location, wire), (param, param_at) in merged.items():
            if location == "cookie":
                self.problem("warning", f"cookie parameter {wire!r} is not supported; it is not sent", param_at)
                continue
            if location == "header" and wire.lower() in OPTION_HEADERS:
                continue
            if location == "path" and wire not in placeholders:
                self.problem("error", f"path parameter {wire!r} does not appear in the path {path!r}", param_at)
                continue
            ptype = self.type_of(param.get("schema", {}), param_at + "/schema", response=False, context=f"{context}{pascal(wire)}")
            built = self.make_param(wire, location, ptype, bool(param.get("required")) or location == "path", param, taken)
            style = param.get("style", "form")
            if location == "query" and style == "form" and param.get("explode", True) and ptype.kind == "list":
                built = replace(built, repeat=True)
            params.append(built)
        for placeholder in placeholders:
            if ("path", placeholder) not in merged:
                self.problem("error", f"path parameter {{{placeholder}}} is not declared", at + "/parameters")
                params.append(self.make_param(placeholder, "path", ir.TypeRef("str"), True, {}, taken))
        body_type, body_required = "", False
        body = op.get("requestBody")
        if body is not None:
            body, body_at = self.deref(body, at + "/requestBody")
            content = body.get("content") or {} if isinstance(body, dict) else {}
            body_required = bool(body.get("required")) if isinstance(body, dict) else False
            preferred = [FORM, "application/json", "multipart/form-data"]
            chosen = next((c for c in preferred if c in content), None)
            if chosen is None:
                chosen = next((c for c in content if c.endswith("+json") or c.startswith("application/json")), None)
            if chosen is None and content:
                chosen = sorted(content)[0]
            if chosen is not None:
                body_type = chosen
                schema = (content[chosen] or {}).get("schema", {})
                schema_at = f"{body_at}/content/{pointer(chosen)[2:]}/schema"
                target, target_at = self.deref(schema, schema_at)
                if isinstance(target, dict) and (
                    "properties" in target or "allOf" in target or target.get("type") == "object"
                ):
                    props, required, _ = self.collect_properties(target, target_at)
                    for wire, (prop, prop_at) in props.items():
                        desc_src, _ = self.deref(prop, prop_at) if isinstance(prop, dict) else (prop, prop_at)
                        if isinstance(desc_src, dict) and desc_src.get("readOnly") is True:
                            continue  # readOnly: only in responses
                        ptype = self.type_of(prop, prop_at, response=False, context=f"{context}{pascal(wire)}")
                        params.append(
                            self.make_param(wire, "body", ptype, wire in required and body_required, desc_src or {}, taken, self.is_emptyable(prop))
                        )
                elif schema not in (None, {}):
                    ptype = self.type_of(schema, schema_at, response=False, context=f"{context}Body")
                    params.append(self.make_param("body", "body", ptype, body_required, {}, taken))
                    body_type = body_type + ";raw"
        # required first, then spec order; path params keep path order
        order = {name: i for i, name in enumerate(placeholders)}
        params.sort(key=lambda p: (p.location != "path", order.get(p.wire_name, 0) if p.location == "path" else 0, not p.required))
        return tuple(params), body_type, body_required

    def make_param(
        self, wire: str, location: str, ptype: ir.TypeRef, required: bool, source: dict[str, Any], taken: set[str], emptyable: bool = False
    ) -> ir.Param:
        name = safe_identifier(snake(wire, "param"), reserved=RESERVED_PARAM_NAMES)
        name = unique(name, taken, [location])
        single = ptype.kind == "literal" and len(ptype.values) == 1 and required and location != "path"
        return ir.Param(
            has_default=single,
            default=ptype.values[0] if single else None,
            name=name,
            wire_name=wire,
            location=location,  # type: ignore[arg-type]
            type=ptype,
            required=required,
            description=str(source.get("description") or ""),
            deprecated=bool(source.get("deprecated")),
            emptyable=emptyable,
        )

    def build_responses(
        self, op: dict[str, Any], at: str, context: str
    ) -> tuple[ir.Response, tuple[ir.Response, ...]]:
        responses = op.get("responses") or {}
        if not isinstance(responses, dict) or not responses:
            self.problem("warning", "the operation documents no responses; it returns None", at + "/responses")
            return ir.Response("200", None, ""), ()
        success: ir.Response | None = None
        errors: list[ir.Response] = []
        for status in sorted(responses, key=str):
            raw, raw_at = self.deref(responses[status], f"{at}/responses/{status}")
            suffix = "Response" if str(status).startswith("2") else f"Error{status}"
            built = self.build_response(str(status), raw, raw_at, context + suffix)
            if str(status).startswith("2") and success is None:
                success = built
            elif not str(status).startswith(("1", "2", "3")):
                errors.append(built)
        if success is None:
            success = ir.Response("200", None, "")
        return success, tuple(errors)

    def build_response(self, status: str, raw: Any, at: str, context: str) -> ir.Response:
        content = raw.get("content") if isinstance(raw, dict) else None
        if not content:
            return ir.Response(status, None, "")
        json_type = next((c for c in content if c == "application/json" or c.endswith("+json")), None)
        if json_type is None:
            chosen = sorted(content)[0]
            kind = "str" if chosen.startswith("text/") else "bytes"
            return ir.Response(status, ir.TypeRef(kind), chosen)
        schema = (content[json_type] or {}).get("schema")
        schema_at = f"{at}/content/{pointer(json_type)[2:]}/schema"
        page = self.page_kind(schema, schema_at)
        if page:
            target, target_at = self.deref(schema, schema_at)
            data = target["properties"]["data"]
            item, item_at = self.deref(data, target_at + "/properties/data") if "$ref" in data else (data, target_at + "/properties/data")
            item_type = self.type_of(item.get("items", {}), item_at + "/items", response=True, context=context + "Item")
            return ir.Response(status, ir.TypeRef("list", items=(item_type,)), json_type, page=page)
        return ir.Response(status, self.type_of(schema, schema_at, response=True, context=context), json_type)

    def page_kind(self, schema: Any, at: str) -> str:
        target, _ = self.deref(schema, at)
        if not isinstance(target, dict):
            return ""
        props = target.get("properties") or {}
        if not {"data", "has_more", "object"} <= set(props):
            return ""
        obj, _ = self.deref(props["object"], at)
        values = obj.get("enum") or ([obj["const"]] if "const" in obj else []) if isinstance(obj, dict) else []
        if values == ["list"] and "url" in props:
            return "list"
        if values == ["search_result"] and "next_page" in props:
            return "search"
        return ""

    def assemble_resources(self, by_resource: dict[tuple[str, ...], list[ir.Operation]]) -> list[ir.Resource]:
        # Make method names unique within each resource, deterministically.
        for chain, operations in by_resource.items():
            taken: set[str] = set()
            fixed = []
            for operation in sorted(operations, key=lambda o: (o.name, o.path, o.http_method)):
                name = operation.name
                if name in taken:
                    suffix = snake(operation.path.rstrip("/").rsplit("/", 1)[-1].strip("{}"), "op")
                    new = unique(name, taken, [suffix, operation.http_method])
                    self.problem(
                        "warning",
                        f"{operation.qualified_name} would also be `{'.'.join(chain)}.{name}`; named `{new}`",
                        operation.location,
                        "set x-client-method to choose the name",
                    )
                    operation = replace(operation, name=new)
                else:
                    taken.add(name)
                fixed.append(operation)
            by_resource[chain] = fixed
        # Build the tree of resources (customers -> customers.sources).
        chains = set(by_resource)
        for chain in list(chains):
            for i in range(1, len(chain)):
                chains.add(chain[:i])

        def make(chain: tuple[str, ...]) -> ir.Resource:
            children = sorted(c for c in chains if len(c) == len(chain) + 1 and c[: len(chain)] == chain)
            operations = tuple(by_resource.get(chain, ()))
            child_names = {c[-1] for c in children}
            clash = [o for o in operations if o.name in child_names]
            for op in clash:
                self.problem("error", f"method `{op.name}` clashes with the sub-resource of the same name", op.location, "set x-client-method")
            return ir.Resource(
                name=chain[-1],
                class_name=pascal("_".join(chain)) + "Resource",
                operations=operations,
                children=tuple(make(c) for c in children),
                path=chain,
            )

        roots = sorted(c for c in chains if len(c) == 1)
        return [make(c) for c in roots]

    # --- events and errors -----------------------------------------------------------------

    def build_events(self) -> list[ir.Event]:
        webhooks = self.data.get("webhooks") or {}
        if not isinstance(webhooks, dict):
            return []
        events = []
        taken: set[str] = set()
        for key in sorted(webhooks):
            at = pointer("webhooks", key)
            item, item_at = self.deref(webhooks[key], at)
            op = item.get("post") if isinstance(item, dict) else None
            if not isinstance(op, dict):
                self.problem("warning", "a webhook without a `post` operation is skipped", at)
                continue
            body, body_at = self.deref(op.get("requestBody") or {}, item_at + "/post/requestBody")
            media = (body.get("content") or {}).get("application/json") if isinstance(body, dict) else None
            if not isinstance(media, dict) or "schema" not in media:
                self.problem("warning", "a webhook without an application/json body schema is skipped", at)
                continue
            schema_at = body_at + "/content/application~1json/schema"
            event_type = self.type_of(media["schema"], schema_at, response=True, context=pascal(key) + "Event")
            if event_type.kind != "model":
                self.problem("warning", "a webhook body that is not an object is skipped", schema_at)
                continue
            model = self.models[event_type.name]
            data_field = next((f for f in model.fields if f.wire_name == "data"), None)
            object_type = ir.ANY
            if data_field is not None and data_field.type.kind == "model":
                data_model = self.models.get(data_field.type.name)
                obj = next((f for f in data_model.fields if f.wire_name == "object"), None) if data_model else None
                if obj is not None and data_model is not None:
                    object_type = obj.type
                    self.type_previous_attributes(data_model, obj.type)
            example = None
            examples = media.get("examples") or {}
            if isinstance(examples, dict) and examples:
                first = examples[sorted(examples)[0]]
                first, _ = self.deref(first, schema_at)
                example = first.get("value") if isinstance(first, dict) else None
            elif "example" in media:
                example = media["example"]
            events.append(
                ir.Event(
                    type=key,
                    class_name=unique(model.name, taken),
                    model=model.name,
                    object_type=object_type,
                    description=str(op.get("summary") or op.get("description") or ""),
                    example=example,
                )
            )
        return events

    def type_previous_attributes(self, data_model: ir.Model, object_type: ir.TypeRef) -> None:
        """Stripe's `data.previous_attributes` holds old values of the object's fields: type it as a
        partial of the object (every field optional) instead of a bare dict."""
        previous = next((f for f in data_model.fields if f.wire_name == "previous_attributes"), None)
        if previous is None or previous.type.kind not in ("map", "any") or object_type.kind != "model":
            return
        source = self.models.get(object_type.name)
        if source is None:
            return
        name = source.name + "PreviousAttributes"
        if name not in self.models:
            name = unique(name, self.class_names)
            self.models[name] = replace(
                source,
                name=name,
                # Stripe sends only the changed parts of nested objects, so nested models are dicts.
                fields=tuple(replace(f, required=False, type=_models_as_dicts(f.type)) for f in source.fields),
                description=f"The previous values of the {source.name} fields that changed.",
                partial_of=source.name,
            )
        fields = tuple(
            replace(f, type=ir.TypeRef("model", name=name)) if f is previous else f for f in data_model.fields
        )
        self.models[data_model.name] = replace(data_model, fields=fields)

    def build_errors(self, resources: list[ir.Resource]) -> tuple[list[ir.ErrorType], str, tuple[int, ...]]:
        """The error object (the model most error responses use), its `type` values, and the
        HTTP statuses operations document errors with."""
        error_models: dict[str, int] = defaultdict(int)
        statuses: set[int] = set()
        for resource in resources:
            for op in iter_resource_operations(resource):
                for err in op.errors:
                    if err.status.isdigit():
                        statuses.add(int(err.status))
                    if err.type is not None and err.type.kind == "model":
                        error_models[err.type.name] += 1
        if not error_models:
            return [], "", tuple(sorted(statuses))
        error_model = sorted(error_models.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        # Stripe's shape: {"error": {"type": enum, ...}}
        types: tuple[Any, ...] = ()
        model = self.models.get(error_model)
        inner = next((f for f in model.fields if f.wire_name == "error"), None) if model else None
        inner_model = self.models.get(inner.type.name) if inner is not None and inner.type.kind == "model" else None
        type_field = next((f for f in inner_model.fields if f.wire_name == "type"), None) if inner_model else None
        if type_field is not None and type_field.type.kind == "literal":
            types = type_field.type.values
        error_types = [
            ir.ErrorType(str(t), ERROR_CLASSES.get(str(t), "StripeError")) for t in types if isinstance(t, str)
        ]
        return error_types, error_model, tuple(sorted(statuses))

    # --- the whole document ----------------------------------------------------------------

    def build(self) -> ir.Api:
        version = str(self.data.get("openapi", ""))
        if not version.startswith(("3.0", "3.1")):
            self.problem(
                "error",
                f"unsupported OpenAPI version {version!r}" if version else "not an OpenAPI 3 document: `openapi` is missing",
                "#/openapi" if version else "#",
                "this generator reads OpenAPI 3.0 and 3.1",
            )
            raise SpecError(self.problems)
        info = self.data.get("info") if isinstance(self.data.get("info"), dict) else {}
        if not info:
            self.problem("error", "`info` (with `title` and `version`) is required", "#/info")
        self.register_components()
        self.build_component_models()
        resources = self.build_operations()
        events = self.build_events()
        error_types, error_model, error_statuses = self.build_errors(resources)
        if any(p.severity == "error" for p in self.problems):
            raise SpecError(self.problems)
        servers = self.server_urls()
        for resource in resources:
            self._collect_servers(resource, servers)
        return ir.Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            spec_hash=spec_hash(self.data),
            servers=tuple(servers),
            resources=tuple(resources),
            models=tuple(self.models[k] for k in sorted(self.models)),
            params_models=tuple(self.params_models[k] for k in sorted(self.params_models)),
            events=tuple(events),
            error_types=tuple(error_types),
            error_model=error_model,
            error_statuses=error_statuses,
            description=str(info.get("description", "")),
            warnings=tuple(str(p) for p in self.problems if p.severity == "warning"),
        )

    def _collect_servers(self, resource: ir.Resource, servers: list[ir.Server]) -> None:
        for op in resource.operations:
            if op.server and all(s.url != op.server for s in servers):
                servers.append(ir.Server(op.server_key, op.server))
        for child in resource.children:
            self._collect_servers(child, servers)


def iter_resource_operations(resource: ir.Resource) -> Iterable[ir.Operation]:
    yield from resource.operations
    for child in resource.children:
        yield from iter_resource_operations(child)


def build_api(doc: Document) -> ir.Api:
    """OpenAPI document -> IR; raises SpecError listing every error with its location."""
    return Builder(doc).build()
