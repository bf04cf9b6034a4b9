"""The curated spec (spec/base + spec/versions): valid OpenAPI 3.1, covering the seed, faithful to
Stripe's public 2023-08-16 description, with examples that match their schemas."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.versions import (
    base_document,
    build_document,
    change_sets,
    pinned_versions,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
COVERAGE = SHARED / "coverage.yaml"
STRIPE_SPEC = SHARED / "stripe-openapi" / "2023-08-16.yaml"

VERSIONS = pinned_versions()
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_STATUSES = ["400", "401", "402", "403", "404", "409", "429", "500"]
PAYMENT_METHOD_OPERATIONS = [
    ("post", "/v1/payment_methods", "payment_methods.create"),
    ("get", "/v1/payment_methods", "payment_methods.list"),
    ("get", "/v1/payment_methods/{payment_method}", "payment_methods.retrieve"),
    ("post", "/v1/payment_methods/{payment_method}", "payment_methods.update"),
    ("post", "/v1/payment_methods/{payment_method}/attach", "payment_methods.attach"),
    ("post", "/v1/payment_methods/{payment_method}/detach", "payment_methods.detach"),
    ("get", "/v1/customers/{customer}/payment_methods", "customers.payment_methods.list"),
]


@cache
def document(version: str) -> dict[str, Any]:
    return build_document(version)


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def pointer(*parts: str) -> str:
    return "#/" + "/".join(escape(str(p)) for p in parts)


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow a chain of local $refs (`#/components/...`) to the object they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def require_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared reference material lives beside the repo)")


@lru_cache(maxsize=1)
def coverage() -> dict[str, Any]:
    require_shared(COVERAGE)
    return yaml.safe_load(COVERAGE.read_text())


@lru_cache(maxsize=1)
def stripe_spec() -> dict[str, Any]:
    require_shared(STRIPE_SPEC)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with STRIPE_SPEC.open() as f:
        return yaml.load(f, Loader=loader)


# --- 1. validity ---------------------------------------------------------------------------------


def test_versions_are_the_seed_changelog_dates() -> None:
    assert VERSIONS == ["2023-07-22", "2023-11-10", "2024-02-15"]


@pytest.mark.parametrize("version", VERSIONS)
def test_document_is_valid_openapi_31(version: str) -> None:
    doc = document(version)
    assert doc["openapi"].startswith("3.1")
    assert doc["info"]["version"] == version
    validate(doc)


def test_every_change_is_described() -> None:
    for change_set in change_sets():
        assert change_set.summary, change_set.file
        for change in change_set.changes:
            assert change.description, f"{change_set.file} change {change.index}"


# --- 2. coverage ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_seed_operations_exist_with_their_client_method(version: str) -> None:
    doc = document(version)
    for method, path, client_method in coverage()["seed_operations"]:
        operation = doc["paths"].get(path, {}).get(method.lower())
        assert operation is not None, f"{version}: {method} {path} is missing"
        assert operation.get("x-client-method") == client_method, f"{version}: {method} {path}"


def test_coverage_lists_the_pinned_versions() -> None:
    assert [str(v) for v in coverage()["versions"]] == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_error_type_enum_covers_every_error_type(version: str) -> None:
    enum = document(version)["components"]["schemas"]["api_errors"]["properties"]["type"]["enum"]
    assert set(coverage()["error_types"]) <= set(enum)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_documents_every_error_status(version: str) -> None:
    statuses = [str(s) for s in coverage()["error_statuses"]]
    assert statuses == ERROR_STATUSES
    doc = document(version)
    for method, path, operation in operations(doc):
        responses = operation["responses"]
        missing = [s for s in [*statuses, "default"] if s not in responses]
        assert not missing, f"{version}: {method.upper()} {path} lacks {missing}"
        for status in [*statuses, "default"]:
            response = deref(doc, responses[status])
            schema = response["content"]["application/json"]["schema"]
            assert schema["$ref"] in (
                "#/components/schemas/error",
                "#/components/schemas/oauth_error",
            )


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_names_its_client_method_and_headers(version: str) -> None:
    doc = document(version)
    seen = set()
    for method, path, operation in operations(doc):
        name = operation.get("x-client-method")
        assert name, f"{method.upper()} {path} has no x-client-method"
        assert name not in seen, f"two operations are {name}"
        seen.add(name)
        params = {deref(doc, p)["name"] for p in operation.get("parameters", [])}
        if operation.get("x-client-kind") == "url":  # opened in a browser: no API headers
            assert operation["security"] == []
            continue
        assert "Stripe-Version" in params, f"{method.upper()} {path}"
        if method == "post":
            assert "Idempotency-Key" in params, f"{method.upper()} {path}"
        if path.startswith("/oauth/"):
            assert operation["servers"] == [{"url": "https://connect.stripe.com"}]
        else:
            assert "Stripe-Account" in params, f"{method.upper()} {path}"
        if "200" in operation["responses"]:
            headers = operation["responses"]["200"].get("headers", {})
            assert "Request-Id" in headers, f"{method.upper()} {path}"
    authorize = doc["paths"]["/oauth/authorize"]["get"]
    assert authorize["x-client-kind"] == "url"


@pytest.mark.parametrize("version", VERSIONS)
def test_security_schemes(version: str) -> None:
    doc = document(version)
    schemes = doc["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {**schemes["basicAuth"], "type": "http", "scheme": "basic"}
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    assert schemes["oauth2"]["type"] == "oauth2"
    assert doc["security"] == [{"basicAuth": []}, {"bearerAuth": []}]


@pytest.mark.parametrize("version", VERSIONS)
def test_list_search_and_expand_conventions(version: str) -> None:
    doc = document(version)
    for method, path, operation in operations(doc):
        params = {deref(doc, p)["name"]: deref(doc, p) for p in operation.get("parameters", [])}
        if path.startswith("/oauth/"):
            continue
        body = operation.get("requestBody", {}).get("content", {})
        form = body.get("application/x-www-form-urlencoded")
        if method == "get":
            assert params["expand"]["style"] == "deepObject" and params["expand"]["explode"] is True
        elif form is not None:
            assert "expand" in form["schema"]["properties"], f"{method.upper()} {path}"
        if form is not None:
            # every nested field (object, array, anyOf of them) is deepObject-encoded
            for name, prop in form["schema"]["properties"].items():
                variants = prop.get("anyOf", [prop])
                if any(v.get("type") in ("object", "array") for v in variants):
                    assert form["encoding"][name] == {
                        "style": "deepObject",
                        "explode": True,
                    }, f"{method.upper()} {path} {name}"
        response = operation["responses"].get("200", {}).get("content", {}).get("application/json")
        if not response:
            continue
        schema = deref(doc, response["schema"])
        kind = schema.get("properties", {}).get("object", {}).get("enum")
        if kind == ["list"]:
            assert method == "get"
            assert {"data", "has_more", "object", "url"} <= set(schema["required"])
            assert {"limit", "starting_after", "ending_before"} <= set(params), path
        if path.endswith("/search"):
            assert kind == ["search_result"]
            assert schema["properties"]["next_page"]["type"] == ["string", "null"]
            assert "total_count" in schema["properties"]
            assert params["query"]["required"] is True
            assert {"limit", "page"} <= set(params)


@pytest.mark.parametrize("version", VERSIONS)
def test_payment_method_endpoints_arrive_on_2023_11_10(version: str) -> None:
    doc = document(version)
    for method, path, client_method in PAYMENT_METHOD_OPERATIONS:
        operation = doc["paths"].get(path, {}).get(method)
        if version >= "2023-11-10":
            assert operation is not None, f"{version}: {method.upper()} {path} is missing"
            assert operation["x-client-method"] == client_method
        else:
            assert operation is None, f"{version}: {method.upper()} {path} exists too early"
    sources = doc["components"]["schemas"]["customer"]["properties"]["sources"]
    assert sources.get("deprecated", False) is (version >= "2023-11-10")
    attach = doc["paths"].get("/v1/payment_methods/{payment_method}/attach")
    if attach:
        body = attach["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
        assert body["schema"]["required"] == ["customer"]


def test_error_fields_arrive_on_2023_07_22() -> None:
    added = {"decline_code", "doc_url", "request_log_url", "payment_method_type"}
    base = base_document().data["components"]["schemas"]["api_errors"]["properties"]
    assert not added & set(base)
    for version in VERSIONS:
        properties = document(version)["components"]["schemas"]["api_errors"]["properties"]
        assert added <= set(properties)
        assert {
            "charge",
            "code",
            "message",
            "param",
            "payment_intent",
            "payment_method",
            "setup_intent",
            "source",
            "type",
        } <= set(properties)


def test_2024_02_15_has_a_breaking_change() -> None:
    (change_set,) = [c for c in change_sets() if c.version == "2024-02-15"]
    assert any(c.description.startswith("BREAKING") for c in change_set.changes)
    confirm = "/v1/payment_intents/{intent}/confirm"
    for version in VERSIONS:
        body = document(version)["paths"][confirm]["post"]["requestBody"]
        required = body["content"]["application/x-www-form-urlencoded"]["schema"].get(
            "required", []
        )
        assert ("payment_method" in required) is (version >= "2024-02-15")


# --- 3. faithful to Stripe's 2023-08-16 description ----------------------------------------------


def kinds(doc: dict[str, Any], schema: dict[str, Any]) -> set[Any]:
    """The JSON types a schema allows: 'string', 'integer', ..., ('ref', name), 'any'."""
    if "$ref" in schema:
        return {("ref", schema["$ref"].rsplit("/", 1)[-1])}
    found: set[Any] = set()
    for key in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(key, []):
            found |= kinds(doc, part)
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    found |= set(types or [])
    found.discard("null")
    if not types and not any(k in schema for k in ("anyOf", "oneOf", "allOf")):
        found.add("any")  # no constraint at all
    return found


def compatible(ours: set[Any], theirs: set[Any]) -> bool:
    if "any" in theirs:
        return True
    their_refs = {k for k in theirs if isinstance(k, tuple)}
    for kind in ours:
        if isinstance(kind, tuple):
            ok = kind in theirs or "object" in theirs
        elif kind == "object":
            ok = "object" in theirs or bool(their_refs)
        elif kind == "integer":
            ok = "integer" in theirs or "number" in theirs
        elif kind == "any":
            ok = True
        else:
            ok = kind in theirs
        if not ok:
            return False
    return True


def compare(ours: dict[str, Any], theirs: dict[str, Any], where: str, problems: list[str]) -> None:
    """Every property of `ours` exists in `theirs` with a compatible type (recursively, through
    inline objects and array items, and into the single variant of Stripe's nullable anyOf)."""
    if not compatible(kinds({}, ours), kinds({}, theirs)):
        problems.append(
            f"{where}: {sorted(map(str, kinds({}, ours)))} vs {sorted(map(str, kinds({}, theirs)))}"
        )
        return
    if "$ref" in ours or "$ref" in theirs:
        return
    ours_items = [v for v in ours.get("anyOf", [ours]) if v.get("type") not in ("null", ["null"])]
    theirs_items = theirs.get("anyOf", [theirs])
    if len(ours_items) == 1 and len(theirs_items) == 1:
        ours, theirs = ours_items[0], theirs_items[0]
        if "$ref" in ours or "$ref" in theirs:
            return
    if isinstance(ours.get("items"), dict) and isinstance(theirs.get("items"), dict):
        compare(ours["items"], theirs["items"], where + "[]", problems)
    if "properties" in ours and "properties" in theirs:
        for name, prop in ours["properties"].items():
            if name not in theirs["properties"]:
                problems.append(f"{where}.{name}: not in Stripe's spec")
            else:
                compare(prop, theirs["properties"][name], f"{where}.{name}", problems)


@pytest.mark.parametrize("version", VERSIONS)
def test_schemas_are_faithful_to_stripe(version: str) -> None:
    stripe = stripe_spec()["components"]["schemas"]
    ours = document(version)["components"]["schemas"]
    shared = sorted(set(ours) & set(stripe))
    assert {"customer", "payment_intent", "charge", "refund", "subscription", "event"} <= set(
        shared
    )
    problems: list[str] = []
    for name in shared:
        for prop, schema in ours[name].get("properties", {}).items():
            if prop not in stripe[name].get("properties", {}):
                problems.append(f"{name}.{prop}: not in Stripe's spec")
                continue
            compare(schema, stripe[name]["properties"][prop], f"{name}.{prop}", problems)
            ours_enum = schema.get("enum")
            theirs_enum = stripe[name]["properties"][prop].get("enum")
            if ours_enum and theirs_enum and name != "api_errors":
                extra = set(ours_enum) - set(theirs_enum) - {None}
                assert not extra, f"{name}.{prop}: enum values {extra} not in Stripe's"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("version", VERSIONS)
def test_request_bodies_are_faithful_to_stripe(version: str) -> None:
    stripe_paths = stripe_spec()["paths"]
    problems: list[str] = []
    for method, path, operation in operations(document(version)):
        theirs = stripe_paths.get(path, {}).get(method)
        if theirs is None or "requestBody" not in operation:
            continue
        ours_form = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
        their_form = theirs["requestBody"]["content"]["application/x-www-form-urlencoded"]
        # Stripe's own required params are all kept (2024-02-15 adds one of its own).
        assert set(their_form["schema"].get("required", [])) <= set(
            ours_form["schema"].get("required", [])
        ), f"{method.upper()} {path}"
        compare(ours_form["schema"], their_form["schema"], f"{method.upper()} {path}", problems)
        for name, prop in ours_form["schema"]["properties"].items():
            their_prop = their_form["schema"]["properties"].get(name, {})
            if "enum" in prop and "enum" in their_prop:
                assert set(prop["enum"]) <= set(their_prop["enum"]), f"{path} {name}"
            emptyable = lambda s: any(v.get("enum") == [""] for v in s.get("anyOf", []))
            assert emptyable(prop) == emptyable(
                their_prop
            ), f"{method.upper()} {path} {name}: emptyable"
    assert not problems, "\n".join(problems)


# --- 4. examples ---------------------------------------------------------------------------------


def examples(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, JSON pointer of the schema, example value) for every operation and shared
    response example."""
    for method, path, operation in operations(doc):
        at = ("paths", path, method)
        for param in [*doc["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
            param = deref(doc, param)
            if "example" in param:
                yield f"{method.upper()} {path} param {param['name']}", None, (
                    param["schema"],
                    param["example"],
                )
        for media, content in operation.get("requestBody", {}).get("content", {}).items():
            for name, example in content.get("examples", {}).items():
                yield (
                    f"{method.upper()} {path} request {name}",
                    pointer(*at, "requestBody", "content", media, "schema"),
                    example["value"],
                )
        for status, response in operation["responses"].items():
            if "$ref" in response:
                continue
            for media, content in response.get("content", {}).items():
                for name, example in content.get("examples", {}).items():
                    yield (
                        f"{method.upper()} {path} {status} {name}",
                        pointer(*at, "responses", status, "content", media, "schema"),
                        example["value"],
                    )
    for key, response in doc["components"].get("responses", {}).items():
        for media, content in response.get("content", {}).items():
            for name, example in content.get("examples", {}).items():
                yield (
                    f"components/responses/{key} {name}",
                    pointer("components", "responses", key, "content", media, "schema"),
                    example["value"],
                )


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_has_examples(version: str) -> None:
    doc = document(version)
    for method, path, operation in operations(doc):
        for content in operation.get("requestBody", {}).get("content", {}).values():
            assert content.get("examples"), f"{method.upper()} {path}: no request example"
        ok = operation["responses"].get("200", {}).get("content", {}).get("application/json")
        if operation.get("x-client-kind") == "url":
            continue
        assert ok and ok.get("examples"), f"{method.upper()} {path}: no response example"


@pytest.mark.parametrize("version", VERSIONS)
def test_examples_match_their_schemas(version: str) -> None:
    doc = document(version)
    registry = Registry().with_resource(
        "urn:stripe-curated", Resource(contents=doc, specification=DRAFT202012)
    )
    problems = []
    count = 0
    for where, schema_pointer, value in examples(doc):
        if schema_pointer is None:
            schema, value = value  # a parameter's inline schema and example
            validator = OAS31Validator(schema, registry=registry)
        else:
            validator = OAS31Validator(
                {"$ref": "urn:stripe-curated" + schema_pointer}, registry=registry
            )
        count += 1
        for error in validator.iter_errors(value):
            problems.append(
                f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"
            )
    assert count > 50
    assert not problems, "\n".join(problems)
