"""Paths to operations: names, parameters, bodies, responses, servers, and the resource tree."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any, Literal

from generator import ir
from generator.builder.state import HTTP_METHODS
from generator.builder.security import Security
from generator.naming import (
    RESERVED_PARAM_NAMES,
    PathContext,
    operation_name,
    pascal,
    path_segments,
    safe_identifier,
    snake,
    split_path_key,
    unique,
)
from generator.problems import pointer

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
SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")
# A list envelope: its items in one of these properties, next to a field that says how to page.
LIST_ITEMS = ("data", "items", "results")
# (response field, query parameter): the field's value asks for the next page through the parameter
# (a nested field is a path: Asana's `next_page: {offset, path, uri}`)
CURSORS = (
    ("last_id", "after"), ("next_cursor", "cursor"), ("next_cursor", "next_cursor"), ("next_page_token", "page_token"),
    ("next_marker", "marker"), ("marker", "marker"), ("cursor", "cursor"), ("next_page/offset", "offset"),
)
PAGING_FIELDS = frozenset(
    {"has_more", "first_id", "last_id", "next_cursor", "next", "next_page_uri", "next_page_url", "next_url", "next_page",
     "marker",
     "next_marker", "next_page_token", "cursor", "total", "total_count", "count", "page", "per_page", "meta", "links"}
)


class Operations(Security):
    """The `paths` section, grouped into resources by the naming rules of generator.naming."""

    # --- operations ------------------------------------------------------------------------

    def server_urls(self) -> list[ir.Server]:
        servers = [
            ir.Server("api", self.server_url(s, f"#/servers/{i}"))
            for i, s in enumerate((self.data.get("servers") or [])[:1]) if isinstance(s, dict)
        ]
        if not servers:
            servers = [ir.Server("api", "")]
        return servers

    def server_url(self, server: dict[str, Any], at: str) -> str:
        """A server's URL with each `{variable}` at its default (`https://{region}.example.com` is
        https://eu.example.com when region's default is eu); a client's base_url chooses another."""
        url = str(server.get("url", ""))
        given = server.get("variables")
        variables: dict[str, Any] = given if isinstance(given, dict) else {}

        def default(match: re.Match[str]) -> str:
            name = match.group(1)
            variable = variables.get(name)
            value = variable.get("default") if isinstance(variable, dict) else None
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                return str(value)
            declared = variable is not None
            self.problem(
                "warning",
                f"the server variable {{{name}}} "
                + ("has no default" if declared else "is not declared in `variables`")
                + ": the client's default URL for it is unusable",
                f"{at}/variables/{name}" if declared else f"{at}/url",
                "declare it in `variables` with a `default`, or pass base_url= (or servers=) to the client",
            )
            return match.group(0)

        return SERVER_VARIABLE.sub(default, url)

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
        self.named_by_spec: set[str] = set()  # locations of operations named by x-client-method
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
        segments = path_segments(split_path_key(path).template)
        return "/" + "/".join("{}" if s.startswith("{") else s for s in segments)

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
                if isinstance(media, dict) and self.list_items(media.get("schema"), schema_at) is not None:
                    return "list"  # a bare JSON array (GET /pets -> [Pet]) or a list envelope
        return "object"

    def list_items(self, schema: Any, at: str) -> str | None:
        """The property holding a list response's items ("" for a bare array), None if not a list."""
        target, target_at = self.deref(schema, at)
        if not isinstance(target, dict):
            return None
        if target.get("type") == "array" or "array" in (target.get("type") or []):
            return ""
        props = self.collect_properties(target, target_at)[0] if "properties" in target or "allOf" in target else {}
        for name in LIST_ITEMS:
            prop = props.get(name)
            item = self.deref(prop[0], prop[1])[0] if prop else None
            if isinstance(item, dict) and item.get("type") == "array" and set(props) & PAGING_FIELDS:
                return name
        return None

    def paging(self, op: dict[str, Any], common: list[Any], at: str, response: ir.Response) -> ir.Paging | None:
        """How a GET's list response pages: from its fields and the query parameters it takes."""
        raw, raw_at = self.deref((op.get("responses") or {}).get(response.status) or {}, f"{at}/responses/{response.status}")
        content = raw.get("content") if isinstance(raw, dict) else None
        media = (content or {}).get(response.content_type) if isinstance(content, dict) else None
        if not isinstance(media, dict):
            return None
        schema_at = f"{raw_at}/content/{pointer(response.content_type)[2:]}/schema"
        items = self.list_items(media.get("schema"), schema_at)
        if items is None:
            return None
        target, target_at = self.deref(media.get("schema"), schema_at)
        fields = set(self.collect_properties(target, target_at)[0]) if items else set()
        query = {name for name, location in self.parameter_keys(op, common, at) if location == "query"}
        has_more = "has_more" if "has_more" in fields else ""
        item_type = self.item_type(response.type, items)
        for field, param in CURSORS:
            if field.split("/")[0] in fields and param in query:
                return ir.Paging(items, "cursor", param, field, has_more, item_type=item_type)
        for param in ("starting_after", "after"):  # the last item's id is the cursor
            if has_more and param in query:
                return ir.Paging(items, "cursor", param, "", has_more, item_type=item_type)
        for field in ("next", "next_page_uri", "next_page_url", "next_url"):
            if field in fields:
                return ir.Paging(items, "url", "", field, has_more, item_type=item_type)
        if "page" in query:
            first = self.first_page(op, common, at)
            return ir.Paging(items, "page", "page", "", has_more, first_page=first, item_type=item_type)
        return ir.Paging(items, "none", "", "", has_more)

    def item_type(self, response_type: ir.TypeRef | None, items: str) -> ir.TypeRef | None:
        """The type of one item of a list response: the array's, or the envelope's items property's."""
        if response_type is not None and items and response_type.kind == "model" and response_type.name in self.models:
            fields = [f for f in self.models[response_type.name].fields if f.wire_name == items]
            response_type = fields[0].type if fields else None
        if response_type is not None and response_type.kind == "union":  # a nullable array
            arrays = [t for t in response_type.items if t.kind == "list"]
            response_type = arrays[0] if len(arrays) == 1 else None
        return response_type.items[0] if response_type is not None and response_type.kind == "list" else None

    def first_page(self, op: dict[str, Any], common: list[Any], at: str) -> int:
        """The page a call without `page` gets: the parameter's default, else its minimum, else 1."""
        for index, raw in enumerate([*common, *(op.get("parameters") or [])]):
            param, param_at = self.deref(raw, f"{at}/parameters/{index}")
            if isinstance(param, dict) and param.get("name") == "page" and param.get("in") == "query":
                schema = self.deref(param.get("schema"), f"{param_at}/schema")[0]
                for key in ("default", "minimum"):
                    value = schema.get(key) if isinstance(schema, dict) else None
                    if isinstance(value, int) and not isinstance(value, bool):
                        return value
        return 1

    def parameter_keys(self, op: dict[str, Any], common: list[Any], at: str) -> list[tuple[str, str]]:
        keys = []
        for index, raw in enumerate([*common, *(op.get("parameters") or [])]):
            param, _ = self.deref(raw, f"{at}/parameters/{index}")
            if isinstance(param, dict):
                keys.append((str(param.get("name", "")), str(param.get("in", ""))))
        return keys

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
        if isinstance(op.get("x-client-method"), str):
            self.named_by_spec.add(at)
        names = operation_name(
            method,
            path,
            extension=op.get("x-client-method") if isinstance(op.get("x-client-method"), str) else None,
            kind_hint=op.get("x-client-kind"),
            context=context,
        )
        response, errors, other_statuses = self.build_responses(op, at, pascal("_".join(names.resource) + "_" + names.method))
        if method == "get" and not response.page and response.type is not None:
            response = replace(response, paging=self.paging(op, common, at, response))
        kind = names.kind
        params, body_type, body_required = self.build_params(path, op, common, at, names)
        server, server_key = "", "api"
        op_servers = op.get("servers")
        if isinstance(op_servers, list) and op_servers and isinstance(op_servers[0], dict):
            server = self.server_url(op_servers[0], f"{at}/servers/0")
            if server not in server_keys:
                # named from the URL as written: `https://{region}.files.example.com` is `region`
                host = str(op_servers[0].get("url", "")).split("://", 1)[-1].split("/", 1)[0].split(".")[0]
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
            path_template=split_path_key(path).template,
            fixed_query=split_path_key(path).query,
            security=self.operation_security(op, at),
            idempotency_header=self.idempotency_header(method, self.header_names(op, common, at)),
            other_statuses=other_statuses,
            # GET and HEAD send their parameters in the query; so does a DELETE in Stripe's dialect
            # (as stripe-python), where OpenAPI sends the body a DELETE declares
            body_in_query=method in ("get", "head") or (method == "delete" and self.dialect == "stripe"),
        )

    def header_names(self, op: dict[str, Any], common: list[Any], at: str) -> list[str]:
        names = []
        for index, raw in enumerate([*common, *(op.get("parameters") or [])]):
            param, _ = self.deref(raw, f"{at}/parameters/{index}")
            if isinstance(param, dict) and param.get("in") == "header":
                names.append(str(param.get("name", "")))
        return names

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
        placeholders = list(split_path_key(path).params)
        for (location, wire), (param, param_at) in merged.items():
            if location == "header" and wire.lower() in OPTION_HEADERS:
                continue
            if location == "path" and wire not in placeholders:
                self.problem("error", f"path parameter {wire!r} does not appear in the path {path!r}", param_at)
                continue
            ptype = self.type_of(param.get("schema", {}), param_at + "/schema", response=False, context=f"{context}{pascal(wire)}")
            built = self.make_param(
                wire, location, ptype, bool(param.get("required")) or location == "path", param, taken, at=param_at
            )
            style = param.get("style", "form")
            if location == "query" and style == "form" and param.get("explode", True) and ptype.kind == "list":
                built = replace(built, repeat=True)
            params.append(built)
        for placeholder in placeholders:
            if ("path", placeholder) not in merged:
                self.problem("error", f"path parameter {{{placeholder}}} is not declared", at + "/parameters")
                params.append(self.make_param(placeholder, "path", ir.TypeRef("str"), True, {}, taken, at=at))
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
                if isinstance(target, dict) and ("properties" in target or "allOf" in target or target.get("additionalProperties") is False):
                    sends_null = chosen != FORM and "json" in chosen and self.dialect != "stripe"
                    params += self.body_field_params(target, target_at, context, body_required, sends_null, taken)
                elif self.is_free_form(target):
                    # no properties: the whole body is one argument, optional unless its values are typed
                    # (an empty required body is still sent, as `{}`)
                    ptype = self.type_of(schema, schema_at, response=False, context=f"{context}Body")
                    required = body_required and isinstance(target.get("additionalProperties"), dict)
                    params.append(self.make_param("body", "body", ptype, required, {}, taken, at=schema_at))
                    body_type = body_type + ";raw"
                elif schema not in (None, {}):
                    ptype = self.type_of(schema, schema_at, response=False, context=f"{context}Body")
                    if ptype.kind in ("str", "bytes") and not ir.field_encoding(chosen):
                        # sent as it is: a file's bytes, or text (encoded as UTF-8)
                        ptype = ir.TypeRef("union", items=(ir.TypeRef("bytes"), ir.TypeRef("str")))
                    params.append(self.make_param("body", "body", ptype, body_required, {}, taken, at=schema_at))
                    body_type = body_type + ";raw"
        # required first, then spec order; path params keep path order
        order = {name: i for i, name in enumerate(placeholders)}
        params.sort(key=lambda p: (p.location != "path", order.get(p.wire_name, 0) if p.location == "path" else 0, not p.required))
        return tuple(params), body_type, body_required

    def body_field_params(
        self, target: dict[str, Any], target_at: str, context: str, body_required: bool, sends_null: bool,
        taken: set[str],
    ) -> list[ir.Param]:
        """One argument per property of an object body (readOnly ones are only in responses)."""
        params = []
        props, required, _ = self.collect_properties(target, target_at)
        for wire, (prop, prop_at) in props.items():
            desc_src, _ = self.deref(prop, prop_at) if isinstance(prop, dict) else (prop, prop_at)
            if isinstance(desc_src, dict) and desc_src.get("readOnly") is True:
                continue
            ptype = self.type_of(prop, prop_at, response=False, context=f"{context}{pascal(wire)}")
            param = self.make_param(
                wire, "body", ptype, wire in required and body_required, desc_src or {}, taken,
                self.is_emptyable(prop), at=prop_at,
            )
            params.append(replace(param, send_null=sends_null and ptype.nullable))
        return params

    @staticmethod
    def is_free_form(target: Any) -> bool:
        """An object body without properties: free-form, or a map (`additionalProperties` only)."""
        return (
            isinstance(target, dict)
            and (target.get("type") == "object" or "additionalProperties" in target)
            and target.get("additionalProperties") is not False  # `{}` only: no argument
        )

    def make_param(
        self,
        wire: str,
        location: str,
        ptype: ir.TypeRef,
        required: bool,
        source: dict[str, Any],
        taken: set[str],
        emptyable: bool = False,
        at: str = "",
    ) -> ir.Param:
        wanted = safe_identifier(snake(wire, "param"), reserved=RESERVED_PARAM_NAMES)
        name = unique(wanted, taken, [location])
        if name != wanted:
            self.problem(
                "warning",
                f"{location} parameter {wire!r} would be the argument `{wanted}`, which another parameter "
                f"already is; it is `{name}`",
                at,
            )
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
    ) -> tuple[ir.Response, tuple[ir.Response, ...], tuple[tuple[int, ir.TypeRef | None], ...]]:
        responses = op.get("responses") or {}
        if not isinstance(responses, dict) or not responses:
            self.problem("warning", "the operation documents no responses; it returns None", at + "/responses")
            return ir.Response("200", None, ""), (), ()
        successes: list[ir.Response] = []
        errors: list[ir.Response] = []
        for status in sorted(responses, key=str):
            raw, raw_at = self.deref(responses[status], f"{at}/responses/{status}")
            ok = str(status).startswith("2")
            suffix = ("Response" if not successes else f"Response{status}") if ok else f"Error{status}"
            built = self.build_response(str(status), raw, raw_at, context + suffix)
            if ok:
                successes.append(built)
            elif not str(status).startswith(("1", "3")):
                errors.append(built)
        return self.primary_response(successes), tuple(errors), self.other_statuses(successes)

    @staticmethod
    def primary_response(successes: list[ir.Response]) -> ir.Response:
        """The 2xx response a call parses by default: the first with a body (200 before 201...)."""
        with_body = [r for r in successes if r.type is not None]
        return (with_body or successes or [ir.Response("200", None, "")])[0]

    def other_statuses(self, successes: list[ir.Response]) -> tuple[tuple[int, ir.TypeRef | None], ...]:
        """2xx statuses whose body parses differently from the primary one (a 202 job, a 204)."""
        primary = self.primary_response(successes)
        if primary.page:
            return ()  # a list page is parsed as a page; its other statuses are not modelled
        other = []
        for response in successes:
            if response.status.isdigit() and response.type != primary.type:
                other.append((int(response.status), response.type))
        return tuple(other)

    def build_response(self, status: str, raw: Any, at: str, context: str) -> ir.Response:
        content = raw.get("content") if isinstance(raw, dict) else None
        if not content:
            return ir.Response(status, None, "")
        json_type = next((c for c in content if c == "application/json" or c.endswith("+json")), None)
        if json_type is None:
            chosen = sorted(content)[0]
            kind: ir.TypeKind = "str" if chosen.startswith("text/") else "bytes"
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

    def page_kind(self, schema: Any, at: str) -> Literal["", "list", "search"]:
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
        self.move_clashing_methods(by_resource)
        self.unique_method_names(by_resource)
        # Build the tree of resources (customers -> customers.sources).
        chains = self.all_chains(by_resource)

        def make(chain: tuple[str, ...]) -> ir.Resource:
            children = sorted(c for c in chains if len(c) == len(chain) + 1 and c[: len(chain)] == chain)
            return ir.Resource(
                name=chain[-1],
                class_name=pascal("_".join(chain)) + "Resource",
                operations=tuple(by_resource.get(chain, ())),
                children=tuple(make(c) for c in children),
                path=chain,
            )

        roots = sorted(c for c in chains if len(c) == 1)
        return [make(c) for c in roots]

    @staticmethod
    def all_chains(by_resource: dict[tuple[str, ...], list[ir.Operation]]) -> set[tuple[str, ...]]:
        chains = set(by_resource)
        for chain in list(chains):
            for i in range(1, len(chain)):
                chains.add(chain[:i])
        return chains

    def move_clashing_methods(self, by_resource: dict[tuple[str, ...], list[ir.Operation]]) -> None:
        """A method named like a sub-resource (POST /firewalls/{id}/droplets beside DELETE, which makes
        `firewalls.droplets`) becomes a method of that sub-resource, named by its HTTP method."""
        chains = self.all_chains(by_resource)
        for chain in sorted(chains):
            operations = by_resource.get(chain, [])
            clashing = [o for o in operations if chain + (o.name,) in chains]
            for op in clashing:
                if op.location in self.named_by_spec:  # the spec chose this name: it must choose again
                    self.problem("error", f"method `{op.name}` clashes with the sub-resource of the same name", op.location, "set x-client-method")
                    continue
                name = {"post": "create", "put": "update", "patch": "update", "get": "retrieve"}.get(op.http_method, op.http_method)
                moved = replace(op, name=safe_identifier(name))
                self.problem(
                    "warning",
                    f"{op.qualified_name} would be `{'.'.join(chain)}.{op.name}`, which is also a sub-resource; "
                    f"it is `{'.'.join(chain)}.{op.name}.{moved.name}`",
                    op.location,
                    "set x-client-method to choose the name",
                )
                operations.remove(op)
                by_resource.setdefault(chain + (op.name,), []).append(moved)

    def unique_method_names(self, by_resource: dict[tuple[str, ...], list[ir.Operation]]) -> None:
        """Make method names unique within each resource, deterministically."""
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
            by_resource[chain] = [self.name_auto_paging(op, taken) for op in fixed]

    def name_auto_paging(self, operation: ir.Operation, taken: set[str]) -> ir.Operation:
        """A list that pages by cursor, URL or page number gets `<name>_auto_paging_iter` beside it."""
        paging = operation.response.paging
        if paging is None or paging.style == "none" or paging.item_type is None or operation.kind == "url":
            return operation
        return replace(operation, auto_paging_name=unique(f"{operation.name}_auto_paging_iter", taken))
