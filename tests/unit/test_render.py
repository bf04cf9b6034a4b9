"""The renderer on a tiny IR: one model, one resource with its sync and async classes."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from generator import ir
from generator.builder import build_api
from generator.load import Document
from generator.targets.python.render import Renderer, Target, VersionView, assign_names

FORM = "application/x-www-form-urlencoded"
GADGET = {"$ref": "#/components/schemas/gadget"}
ID = {"name": "gadget", "in": "path", "required": True, "schema": {"type": "string"}}


def ok(schema: Any = GADGET) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "2024-01-01"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/v1/gadgets": {
            "get": {
                "summary": "List gadgets",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": ok(
                    {
                        "type": "object",
                        "required": ["object", "data", "has_more", "url"],
                        "properties": {
                            "object": {"type": "string", "enum": ["list"]},
                            "data": {"type": "array", "items": GADGET},
                            "has_more": {"type": "boolean"},
                            "url": {"type": "string"},
                        },
                    }
                ),
            },
            "post": {
                "summary": "Create a gadget",
                "requestBody": {
                    "required": True,
                    "content": {
                        FORM: {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "class": {"type": "string", "enum": ["small", "large"]},
                                },
                            }
                        }
                    },
                },
                "responses": ok(),
            },
        },
        "/v1/gadgets/{gadget}": {"get": {"summary": "Retrieve a gadget", "parameters": [ID], "responses": ok()}},
    },
    "components": {
        "schemas": {
            "gadget": {
                "type": "object",
                "description": "A gadget.",
                "required": ["id", "object", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string", "const": "gadget"},
                    "name": {"type": "string"},
                    "weight": {"type": ["integer", "null"]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "class": {"type": "string"},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return build_api(Document(data=DOC, path="tiny.yaml"))


@pytest.fixture(scope="module")
def context(api: ir.Api) -> dict[str, object]:
    target = Target(
        package="tiny",
        runtime="tiny._runtime",
        client_name="Client",
        async_client_name="AsyncClient",
        api_version_header="",
        source="tiny.yaml",
    )
    names = assign_names(api)
    return {"api": api, "target": target, "view": VersionView(api=api, target=target, names=names), "names": names}


def classes(source: str) -> dict[str, ast.ClassDef]:
    """The top-level classes of rendered source (which must parse)."""
    return {node.name: node for node in ast.parse(source).body if isinstance(node, ast.ClassDef)}


def field_annotations(cls: ast.ClassDef) -> dict[str, str]:
    return {
        node.target.id: ast.unparse(node.annotation)
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def defaults(cls: ast.ClassDef) -> dict[str, str]:
    return {
        node.target.id: ast.unparse(node.value)
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None
    }


def methods(cls: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {
        node.name: node
        for node in cls.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_")
    }


def test_a_model_renders_as_a_class_with_its_fields(api: ir.Api, context: dict[str, object]) -> None:
    (gadget,) = [m for m in api.models if m.name == "Gadget"]
    source = Renderer().render("model.py.jinja", model=gadget, **context)
    assert "Do not edit" in source.splitlines()[1]
    cls = classes(source)["Gadget"]
    assert ast.get_docstring(cls) == "A gadget."
    fields = field_annotations(cls)
    assert fields["id"] == "str"
    assert fields["object"] == "Literal['gadget']"
    assert fields["name"] == "str"
    assert fields["weight"] == "int | None"
    assert fields["tags"] == "list[str] | None"
    assert fields["class_"] == "str | None"  # a reserved word, renamed; the wire name is its alias
    assert defaults(cls) == {
        "weight": "None",
        "tags": "None",
        "class_": "Field(default=None, alias='class')",
    }
    assert "from pydantic import Field" in source


def test_a_resource_renders_sync_and_async_classes(api: ir.Api, context: dict[str, object]) -> None:
    (gadgets,) = api.resources
    source = Renderer().render("resource.py.jinja", resource=gadgets, **context)
    found = classes(source)
    sync, async_ = found["GadgetsResource"], found["AsyncGadgetsResource"]
    sync_methods, async_methods = methods(sync), methods(async_)
    assert sorted(sync_methods) == sorted(async_methods) == ["create", "list", "retrieve"]
    assert all(isinstance(m, ast.FunctionDef) for m in sync_methods.values())
    # awaited calls are coroutines; list returns a pager that is both awaitable and async-iterable
    assert isinstance(async_methods["create"], ast.AsyncFunctionDef)
    assert isinstance(async_methods["retrieve"], ast.AsyncFunctionDef)
    sync_list, async_list = sync_methods["list"].returns, async_methods["list"].returns
    assert sync_list is not None and ast.unparse(sync_list) == "ListObject[Gadget]"
    assert async_list is not None and ast.unparse(async_list) == "AsyncPager[Gadget]"


def test_resource_methods_take_path_params_positionally_and_the_rest_by_keyword(
    api: ir.Api, context: dict[str, object]
) -> None:
    (gadgets,) = api.resources
    source = Renderer().render("resource.py.jinja", resource=gadgets, **context)
    for cls in classes(source).values():
        retrieve, create = methods(cls)["retrieve"], methods(cls)["create"]
        assert [a.arg for a in retrieve.args.args] == ["self", "gadget"]
        assert [a.arg for a in retrieve.args.kwonlyargs] == ["request_options"]
        kwonly = {a.arg: ast.unparse(a.annotation) for a in create.args.kwonlyargs if a.annotation}
        assert kwonly == {
            "name": "str",
            "class_": "Literal['small', 'large'] | None",
            "request_options": "RequestOptions | None",
        }
        assert [a.arg for a in create.args.args] == ["self"]
        assert '"class": class_' in ast.unparse(create).replace("'", '"')  # sent by its wire name
