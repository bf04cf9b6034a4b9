"""The fake Stripe on Stripe's full published document (2023-08-16): every operation answers, with
minimal valid params, something other than a 5xx whose body fits the declared response schema; new
objects start from Stripe's fixtures when given them."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from jsonschema import Draft7Validator

from generator.mock import MockServer
from generator.mock.schemas import Schemas

from ..conftest import STRIPE_SPECS, require_shared

VERSION = "2023-08-16"
KEY = "sk_test_every_operation"


@pytest.fixture(scope="module")
def stripe_document() -> dict[str, Any]:
    from generator.load import load_document

    return load_document(require_shared(STRIPE_SPECS / f"{VERSION}.yaml")).data


@pytest.fixture(scope="module")
def stripe_fixtures() -> dict[str, Any]:
    with open(require_shared(STRIPE_SPECS / f"fixtures-{VERSION}.json")) as file:
        return json.load(file)["resources"]


# --- minimal valid params, built from the operation's schemas -----------------------------------


def minimal(schemas: Schemas, schema: Any, depth: int = 0) -> Any:
    """The smallest value a schema accepts: required properties only, first choices."""
    schema = schemas.resolve(schema)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:  # prefer a branch that is not the emptyable `""`
        usable = [o for o in options if schemas.enum(schemas.resolve(o)) != [""]] or options
        return minimal(schemas, usable[0], depth)
    allowed = [v for v in schemas.enum(schema) or [] if v not in ("", None)]
    if allowed:
        return allowed[0]
    kind = (schemas.types(schema) or ["object"])[0]
    if kind == "object":
        props = schemas.properties(schema)
        return {k: minimal(schemas, props[k], depth + 1) for k in schema.get("required") or [] if k in props}
    if kind == "array":
        return [minimal(schemas, schema.get("items", {}), depth + 1)]
    return {"integer": 1, "number": 1, "boolean": False}.get(kind, "x")


def form_pairs(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Stripe's bracket notation: `items[0][price]=x`."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in form_pairs(v, f"{prefix}[{k}]" if prefix else k)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in form_pairs(v, f"{prefix}[{i}]")]
    return [(prefix, "false" if value is False else "true" if value is True else str(value))]


def request_for(server: MockServer, op: Any) -> dict[str, Any]:
    schemas = server.schemas
    query = {name: minimal(schemas, schema) for name, (schema, required) in op.params.items() if required}
    body = minimal(schemas, op.body_schema) if op.body_schema else {}
    if isinstance(body, dict):
        body = realistic(server, body)
    path = op.path
    for index, name in enumerate(op.path_params):
        own = index == len(op.path_params) - 1
        path = path.replace("{" + name + "}", existing_id(server, op.candidate_types if own else [name], name))
    return {"method": op.http_method, "url": path, "params": dict(form_pairs(query)), "data": dict(form_pairs(body)) or None}


def realistic(server: MockServer, body: dict[str, Any]) -> dict[str, Any]:
    """What Stripe would accept where the smallest value is refused: ids of stored objects in the
    parameters that name one (`customer`), amounts above the currency's minimum."""
    from generator.mock.resources import REFERENCES

    fixed = dict(body)
    for name, value in body.items():
        if name in REFERENCES and isinstance(value, str) and server.store.all(REFERENCES[name]):
            fixed[name] = existing_id(server, [REFERENCES[name]], name)
        elif name == "amount" and isinstance(value, int):
            fixed[name] = 2000
    return fixed


def existing_id(server: MockServer, types: list[str], name: str) -> str:
    """An id of a stored object of one of these types (made by an earlier create), else a made-up one."""
    for kind in [*types, name]:
        stored = server.store.all(kind)
        if stored:
            return str(stored[-1]["id"])
    return f"{name}_x1"


# --- checking answers against the document ---------------------------------------------------------


def json_schema(node: Any) -> Any:
    """OpenAPI 3.0 to JSON Schema: `nullable: true` (beside `anyOf` too, as Stripe writes it) admits null."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {k: json_schema(v) for k, v in node.items() if k != "nullable"}
    return {"anyOf": [converted, {"type": "null"}]} if node.get("nullable") is True else converted


@pytest.fixture(scope="module")
def components(stripe_document) -> dict[str, Any]:
    return json_schema(stripe_document["components"])


def schema_errors(components: dict[str, Any], schema: Any, body: Any) -> list[str]:
    rooted = {**json_schema(schema), "components": components}  # its $refs resolve in the document
    validator = Draft7Validator(rooted)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(body)][:3]


def declared_schema(server: MockServer, op: Any, status: int) -> Any:
    if 200 <= status < 300:
        return op.response_schema
    responses = op.raw.get("responses") or {}
    response = server.schemas.resolve(responses.get(str(status)) or responses.get("default") or {})
    return ((response.get("content") or {}).get("application/json") or {}).get("schema") or {}


def ordered(operations: list[Any]) -> list[Any]:
    """Creates first (they make the objects later paths name), deletes last."""
    def rank(op: Any) -> int:
        return 2 if op.http_method == "DELETE" else 1 if op.path_params else 0
    return sorted(operations, key=rank)


def test_every_operation_of_stripes_document_answers_within_its_schema(stripe_document, components):
    failures: list[str] = []
    statuses: dict[int, int] = {}
    with MockServer(stripe_document) as server, httpx.Client(base_url=server.url, auth=(KEY, ""), timeout=10) as http:
        assert server.version == VERSION and len(server.router.operations) == 468
        for op in ordered(server.router.operations):
            response = http.request(**request_for(server, op))
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            where = f"{op.http_method} {op.path} -> {response.status_code}"
            if response.status_code >= 500:
                failures.append(f"{where}: {response.text[:300]}")
                continue
            if response.status_code == 200 and op.response_media != "application/json":  # a quote's PDF
                assert response.headers["Content-Type"] == op.response_media, where
                continue
            schema = declared_schema(server, op, response.status_code)
            failures += [f"{where}: {e}" for e in schema_errors(components, schema, response.json())]
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures[:40])
    # most operations succeed with minimal params; Stripe's checks refuse the rest (an id of nothing
    # stored yet, a charge with no card, a refund of nothing, a confirm with no payment method)
    assert statuses.get(200, 0) >= 380, statuses


def test_an_unpinned_version_is_refused_on_stripes_document(stripe_document):
    with MockServer(stripe_document) as server, httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
        refused = http.get("/v1/customers", headers={"Stripe-Version": "2022-11-15"})
        assert refused.status_code == 400
        assert refused.json()["error"] == {"type": "invalid_request_error", "message": "Invalid Stripe API version: 2022-11-15"}
        assert http.get("/v1/customers", headers={"Stripe-Version": VERSION}).status_code == 200


def test_new_objects_start_from_stripes_fixtures(stripe_document, stripe_fixtures, components):
    sample = stripe_fixtures["customer"]
    with MockServer(stripe_document, fixtures=stripe_fixtures) as server, \
            httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
        created = http.post("/v1/customers", data={"email": "jenny@example.com", "metadata[order]": "6735"}).json()
        assert created["id"].startswith("cus_") and created["id"] != sample["id"]
        assert (created["email"], created["metadata"]) == ("jenny@example.com", {"order": "6735"})
        assert created["invoice_settings"] == sample["invoice_settings"]  # from the fixture, not synthesised
        assert created["created"] != sample["created"]
        assert http.get(f"/v1/customers/{created['id']}").json() == created
        assert schema_errors(components, {"$ref": "#/components/schemas/customer"}, created) == []
        balance = http.get("/v1/balance").json()  # a singleton, retrieved without a create
        assert balance["available"] == stripe_fixtures["balance"]["available"]


def test_without_fixtures_objects_are_synthesised(stripe_document, components):
    with MockServer(stripe_document) as server, httpx.Client(base_url=server.url, auth=(KEY, "")) as http:
        created = http.post("/v1/customers", data={"email": "jenny@example.com"}).json()
        assert created["email"] == "jenny@example.com"
        assert schema_errors(components, {"$ref": "#/components/schemas/customer"}, created) == []
