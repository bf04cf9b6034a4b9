"""The IR builder on tiny documents: schemas -> TypeRef, operations, events and names."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.builder import build_api
from generator.load import Document
from generator.problems import SpecError

THING_REF = {"$ref": "#/components/schemas/thing"}


def ok(schema: Any = THING_REF) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def document(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    openapi: str = "3.1.0",
    **extra: Any,
) -> Document:
    data: dict[str, Any] = {
        "openapi": openapi,
        "info": {"title": "Tiny", "version": "2024-01-01"},
        "paths": paths or {},
        "components": {"schemas": {"thing": {"type": "object", "properties": {"id": {"type": "string"}}}}},
        **extra,
    }
    data["components"]["schemas"].update(schemas or {})
    return Document(data=data, path="tiny.yaml")


def api_of(**kwargs: Any) -> ir.Api:
    return build_api(document(**kwargs))


def model(api: ir.Api, name: str) -> ir.Model:
    found = {m.name: m for m in api.models}
    assert name in found, f"{name} not among {sorted(found)}"
    return found[name]


def field_of(api: ir.Api, model_name: str, field_name: str) -> ir.Field:
    fields = {f.name: f for f in model(api, model_name).fields}
    assert field_name in fields, f"{field_name} not among {sorted(fields)}"
    return fields[field_name]


def prop_type(schema: dict[str, Any], openapi: str = "3.1.0") -> ir.Field:
    """The field built for one property `p` of a component schema `Box` (response side)."""
    api = api_of(schemas={"box": {"type": "object", "properties": {"p": schema}}}, openapi=openapi)
    return field_of(api, "Box", "p")


def operations(api: ir.Api) -> dict[tuple[tuple[str, ...], str], ir.Operation]:
    found: dict[tuple[tuple[str, ...], str], ir.Operation] = {}

    def walk(resources: tuple[ir.Resource, ...]) -> None:
        for resource in resources:
            for op in resource.operations:
                found[(resource.path, op.name)] = op
            walk(resource.children)

    walk(api.resources)
    return found


S = ir.TypeRef("str")
I = ir.TypeRef("int")  # noqa: E741


# --- schemas -> TypeRef --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "kind"),
    [
        ({"type": "string"}, "str"),
        ({"type": "integer"}, "int"),
        ({"type": "number"}, "float"),
        ({"type": "boolean"}, "bool"),
        ({}, "any"),
    ],
)
def test_scalar_types(schema: dict[str, Any], kind: ir.TypeKind) -> None:
    assert prop_type(schema).type == ir.TypeRef(kind)


def test_nullable_in_openapi_3_0_is_a_union_with_null() -> None:
    t = prop_type({"type": "integer", "nullable": True}, openapi="3.0.3").type
    assert t == ir.TypeRef("union", items=(I, ir.NULL))
    assert t.nullable


def test_a_type_list_with_null_in_openapi_3_1_is_a_union_with_null() -> None:
    t = prop_type({"type": ["string", "null"]}).type
    assert t == ir.TypeRef("union", items=(S, ir.NULL))
    assert t.nullable
    assert not S.nullable


def test_enum_is_a_literal_open_on_the_response_side() -> None:
    t = prop_type({"type": "string", "enum": ["red", "green"]}).type
    assert t.kind == "literal"
    assert t.values == ("red", "green")
    assert t.open_enum  # a newer API version may send another value


def test_const_is_a_closed_single_literal() -> None:
    t = prop_type({"type": "string", "const": "thing"}).type
    assert t == ir.TypeRef("literal", values=("thing",))


def test_enum_with_null_is_a_nullable_literal() -> None:
    t = prop_type({"type": ["string", "null"], "enum": ["a", "b", None]}).type
    assert t.kind == "union" and t.nullable
    assert t.items[0].kind == "literal" and t.items[0].values == ("a", "b")


def test_anyof_and_oneof_are_unions() -> None:
    assert prop_type({"anyOf": [{"type": "string"}, {"type": "integer"}]}).type == ir.TypeRef("union", items=(S, I))
    assert prop_type({"oneOf": [{"type": "string"}, {"type": "integer"}]}).type == ir.TypeRef("union", items=(S, I))


def test_oneof_with_a_discriminator_keeps_the_property() -> None:
    api = api_of(
        schemas={
            "a": {"type": "object", "properties": {"object": {"type": "string", "const": "a"}}},
            "b": {"type": "object", "properties": {"object": {"type": "string", "const": "b"}}},
            "box": {
                "type": "object",
                "properties": {
                    "p": {
                        "oneOf": [{"$ref": "#/components/schemas/a"}, {"$ref": "#/components/schemas/b"}],
                        "discriminator": {"propertyName": "object"},
                    }
                },
            },
        }
    )
    t = field_of(api, "Box", "p").type
    assert t.kind == "union" and t.discriminator == "object"
    assert [item.name for item in t.items] == ["A", "B"]


def test_expandable_anyof_string_or_ref() -> None:
    api = api_of(
        schemas={
            "owner": {"type": "object", "properties": {"id": {"type": "string"}}},
            "box": {
                "type": "object",
                "x-expandableFields": ["owner"],
                "properties": {"owner": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/owner"}]}},
            },
        }
    )
    f = field_of(api, "Box", "owner")
    assert f.expandable
    assert f.type == ir.TypeRef("union", items=(S, ir.TypeRef("model", name="Owner")))


def test_maps_and_arrays() -> None:
    assert prop_type({"type": "object", "additionalProperties": {"type": "integer"}}).type == ir.TypeRef(
        "map", items=(I,)
    )
    assert prop_type({"type": "array", "items": {"type": "string"}}).type == ir.TypeRef("list", items=(S,))
    assert prop_type({"type": "array", "items": THING_REF}).type == ir.TypeRef(
        "list", items=(ir.TypeRef("model", name="Thing"),)
    )


def test_allof_of_one_ref_is_that_model() -> None:
    assert prop_type({"allOf": [THING_REF]}).type == ir.TypeRef("model", name="Thing")


def test_allof_merges_the_properties_of_its_parts() -> None:
    api = api_of(
        schemas={
            "combo": {
                "allOf": [
                    THING_REF,
                    {"type": "object", "required": ["extra"], "properties": {"extra": {"type": "boolean"}}},
                ]
            }
        }
    )
    fields = {f.name: f for f in model(api, "Combo").fields}
    assert fields["id"].type == S and not fields["id"].required
    assert fields["extra"].type == ir.TypeRef("bool") and fields["extra"].required


def test_required_and_object_type_of_a_model() -> None:
    api = api_of(
        schemas={
            "thing": {
                "type": "object",
                "required": ["id", "object"],
                "properties": {"id": {"type": "string"}, "object": {"type": "string", "enum": ["thing"]}},
            }
        }
    )
    thing = model(api, "Thing")
    assert thing.object_type == "thing"
    assert thing.schema_name == "#/components/schemas/thing"
    assert all(f.required for f in thing.fields)


def test_inline_objects_become_named_models() -> None:
    api = api_of(
        schemas={
            "box": {
                "type": "object",
                "properties": {"size": {"type": "object", "properties": {"w": {"type": "integer"}}}},
            }
        }
    )
    assert field_of(api, "Box", "size").type == ir.TypeRef("model", name="BoxSize")
    assert field_of(api, "BoxSize", "w").type == I


# --- operations ----------------------------------------------------------------------------------

LIST_OF_THINGS = {
    "type": "object",
    "required": ["object", "data", "has_more", "url"],
    "properties": {
        "object": {"type": "string", "enum": ["list"]},
        "data": {"type": "array", "items": THING_REF},
        "has_more": {"type": "boolean"},
        "url": {"type": "string"},
    },
}
SEARCH_OF_THINGS = {
    "type": "object",
    "required": ["object", "data", "has_more", "url"],
    "properties": {
        "object": {"type": "string", "enum": ["search_result"]},
        "data": {"type": "array", "items": THING_REF},
        "has_more": {"type": "boolean"},
        "next_page": {"type": ["string", "null"]},
        "url": {"type": "string"},
    },
}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
FORM = "application/x-www-form-urlencoded"


def form_body(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "required": required or []}
    return {"content": {FORM: {"schema": schema}}}


REST_PATHS: dict[str, Any] = {
    "/v1/things": {
        "get": {
            "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            "responses": ok(LIST_OF_THINGS),
        },
        "post": {"requestBody": form_body({"name": {"type": "string"}}, ["name"]), "responses": ok()},
    },
    "/v1/things/search": {
        "get": {
            "parameters": [{"name": "query", "in": "query", "required": True, "schema": {"type": "string"}}],
            "responses": ok(SEARCH_OF_THINGS),
        },
    },
    "/v1/things/{id}": {
        "get": {"parameters": [ID], "responses": ok()},
        "post": {"parameters": [ID], "requestBody": form_body({"name": {"type": "string"}}), "responses": ok()},
        "delete": {"parameters": [ID], "responses": ok()},
    },
    "/v1/things/{id}/polish": {"post": {"parameters": [ID], "responses": ok()}},
    "/v1/things/{id}/parts": {"get": {"parameters": [ID], "responses": ok(LIST_OF_THINGS)}},
}


def test_operation_names_and_kinds_follow_the_path() -> None:
    ops = operations(api_of(paths=REST_PATHS))
    named = {(".".join(path), name): (op.kind, op.http_method, op.path) for (path, name), op in ops.items()}
    assert named == {
        ("things", "list"): ("list", "get", "/v1/things"),
        ("things", "create"): ("create", "post", "/v1/things"),
        ("things", "search"): ("search", "get", "/v1/things/search"),
        ("things", "retrieve"): ("retrieve", "get", "/v1/things/{id}"),
        ("things", "update"): ("update", "post", "/v1/things/{id}"),
        ("things", "delete"): ("delete", "delete", "/v1/things/{id}"),
        ("things", "polish"): ("action", "post", "/v1/things/{id}/polish"),
        ("things.parts", "list"): ("list", "get", "/v1/things/{id}/parts"),
    }


def test_resources_nest_by_path() -> None:
    api = api_of(paths=REST_PATHS)
    (things,) = api.resources
    assert (things.name, things.class_name, things.path) == ("things", "ThingsResource", ("things",))
    assert [(c.name, c.path) for c in things.children] == [("parts", ("things", "parts"))]


def test_x_client_method_names_the_operation() -> None:
    paths = {"/v1/things/{id}/polish": {"post": {"x-client-method": "shine", "parameters": [ID], "responses": ok()}}}
    assert list(operations(api_of(paths=paths))) == [(("things",), "shine")]


def test_list_and_search_envelopes() -> None:
    ops = operations(api_of(paths=REST_PATHS))
    thing = ir.TypeRef("model", name="Thing")
    listed, searched = ops[(("things",), "list")].response, ops[(("things",), "search")].response
    assert (listed.page, listed.type) == ("list", ir.TypeRef("list", items=(thing,)))
    assert (searched.page, searched.type) == ("search", ir.TypeRef("list", items=(thing,)))
    assert ops[(("things",), "retrieve")].response == ir.Response("200", thing, "application/json")


def test_params_and_their_locations() -> None:
    paths = {
        "/v1/things/{id}": {
            "post": {
                "parameters": [
                    ID,
                    {"name": "expand", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    **form_body({"name": {"type": "string"}, "size": {"type": "integer"}}, ["name"]),
                    "required": True,
                },
                "responses": ok(),
            }
        }
    }
    op = operations(api_of(paths=paths))[(("things",), "update")]
    params = [(p.name, p.wire_name, p.location, p.required, p.type) for p in op.params]
    assert params == [  # path parameters, then the required ones, then the rest in spec order
        ("id", "id", "path", True, S),
        ("name", "name", "body", True, S),
        ("expand", "expand", "query", False, ir.TypeRef("list", items=(S,))),
        ("x_trace_id", "X-Trace-Id", "header", False, S),
        ("size", "size", "body", False, I),
    ]


def test_body_content_type() -> None:
    json_body = {
        "content": {"application/json": {"schema": {"type": "object", "properties": {"n": {"type": "integer"}}}}}
    }
    paths = {
        "/v1/things": {"post": {"requestBody": form_body({"n": {"type": "integer"}}), "responses": ok()}},
        "/v1/things/{id}": {
            "post": {"parameters": [ID], "requestBody": json_body, "responses": ok()},
            "get": {"parameters": [ID], "responses": ok()},
        },
    }
    ops = operations(api_of(paths=paths))
    assert ops[(("things",), "create")].body_content_type == FORM
    assert ops[(("things",), "update")].body_content_type == "application/json"
    assert ops[(("things",), "retrieve")].body_content_type == ""


def test_a_required_body_makes_its_required_fields_required() -> None:
    paths = {
        "/v1/things": {
            "post": {
                "requestBody": {**form_body({"n": {"type": "integer"}}, ["n"]), "required": True},
                "responses": ok(),
            }
        }
    }
    op = operations(api_of(paths=paths))[(("things",), "create")]
    assert op.body_required
    assert [(p.name, p.required) for p in op.params] == [("n", True)]


def test_nested_body_objects_are_params_typed_dicts() -> None:
    body = form_body({"dimensions": {"type": "object", "properties": {"width": {"type": "integer"}}}})
    api = api_of(paths={"/v1/things": {"post": {"requestBody": body, "responses": ok()}}})
    (param,) = operations(api)[(("things",), "create")].params
    assert param.type.kind == "model"
    params_model = {m.name: m for m in api.params_models}[param.type.name]
    assert params_model.kind == "params"
    assert [(f.name, f.type) for f in params_model.fields] == [("width", I)]


# --- events --------------------------------------------------------------------------------------


def event_body(event_type: str) -> dict[str, Any]:
    schema = {
        "type": "object",
        "required": ["id", "type", "data"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "const": event_type},
            "data": {"type": "object", "required": ["object"], "properties": {"object": THING_REF}},
        },
    }
    return {
        "post": {
            "summary": f"Occurs when {event_type} happens.",
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "Received."}},
        }
    }


def test_webhooks_of_openapi_3_1_are_events() -> None:
    api = api_of(webhooks={"thing.made": event_body("thing.made")})
    (event,) = api.events
    assert (event.type, event.class_name, event.model) == ("thing.made", "ThingMadeEvent", "ThingMadeEvent")
    assert event.object_type == ir.TypeRef("model", name="Thing")
    assert event.description == "Occurs when thing.made happens."
    assert field_of(api, "ThingMadeEvent", "type").type == ir.TypeRef("literal", values=("thing.made",))


def test_x_webhooks_of_openapi_3_0_are_events() -> None:
    api = api_of(openapi="3.0.3", **{"x-webhooks": {"thing.made": event_body("thing.made")}})
    assert [(e.type, e.class_name, e.object_type) for e in api.events] == [
        ("thing.made", "ThingMadeEvent", ir.TypeRef("model", name="Thing"))
    ]


# --- names ---------------------------------------------------------------------------------------


def test_class_names_are_unique() -> None:
    api = api_of(schemas={"Thing": {"type": "object", "properties": {"x": {"type": "string"}}}})
    by_schema = {m.schema_name: m.name for m in api.models}
    assert len(set(by_schema.values())) == len(by_schema) == 2
    assert by_schema["#/components/schemas/Thing"] == "Thing"


def test_reserved_words_are_renamed_and_keep_their_wire_name() -> None:
    paths = {
        "/v1/things": {
            "get": {
                "parameters": [{"name": "class", "in": "query", "schema": {"type": "string"}}],
                "responses": ok(LIST_OF_THINGS),
            },
            "post": {
                "requestBody": form_body({"from": {"type": "string"}, "import": {"type": "integer"}}),
                "responses": ok(),
            },
        }
    }
    api = api_of(paths=paths, schemas={"box": {"type": "object", "properties": {"class": {"type": "string"}}}})
    f = field_of(api, "Box", "class_")
    assert f.wire_name == "class"
    ops = operations(api)
    assert [(p.name, p.wire_name) for p in ops[(("things",), "list")].params] == [("class_", "class")]
    assert [(p.name, p.wire_name) for p in ops[(("things",), "create")].params] == [
        ("from_", "from"),
        ("import_", "import"),
    ]


def test_every_name_in_the_ir_is_an_identifier() -> None:
    api = api_of(
        paths={"/v1/odd-things/{id}": {"get": {"parameters": [ID], "responses": ok()}}},
        schemas={
            "odd.thing-2": {
                "type": "object",
                "properties": {"2nd value": {"type": "string"}, "a-b": {"type": "integer"}},
            }
        },
    )
    names = [m.name for m in api.models] + [f.name for m in api.models for f in m.fields]
    names += [r.name for r in api.resources] + [r.class_name for r in api.resources]
    names += [op.name for op in operations(api).values()]
    assert all(name.isidentifier() for name in names), names


# --- problems ------------------------------------------------------------------------------------


def test_an_unsupported_openapi_version_is_an_error() -> None:
    with pytest.raises(SpecError, match="unsupported OpenAPI version '2.0'"):
        api_of(openapi="2.0")


def test_the_dialect_is_openapi_unless_asked() -> None:
    assert api_of().dialect == "openapi"
    assert build_api(document(), "stripe").dialect == "stripe"
