"""Curated webhooks: every event type is described, every example is valid, every field is Stripe's.

Checks the top-level `webhooks` section and the event/resource schemas of the curated spec
(spec/base/webhooks.yaml and spec/base/events-schemas.yaml) in the document of every pinned version:
1. each event type of /work/shared/coverage.yaml has a webhook whose schema fixes `type` to the key
   and whose `data.object` is the object coverage.yaml names;
2. each webhook example is a full event payload valid against its event schema;
3. each property of the schemas these files define exists in Stripe's 2023-08-16 spec with a
   compatible type (and enums, required lists and expandable fields are subsets of Stripe's).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from referencing.exceptions import Unresolvable

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
COVERAGE = SHARED / "coverage.yaml"
STRIPE_SPEC = SHARED / "stripe-openapi" / "2023-08-16.yaml"
MY_FILES = [REPO / "spec" / "base" / "events-schemas.yaml", REPO / "spec" / "base" / "webhooks.yaml"]

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
needs_shared = pytest.mark.skipif(
    not COVERAGE.is_file(), reason=f"{COVERAGE} is absent: the shared coverage list is not available here"
)
needs_stripe = pytest.mark.skipif(
    not STRIPE_SPEC.is_file(), reason=f"{STRIPE_SPEC} is absent: Stripe's public spec is not available here"
)


# --- the documents ---------------------------------------------------------------------------------


def _versions() -> list[str]:
    from generator.versions import pinned_versions

    return pinned_versions() or ["base"]


@lru_cache(maxsize=None)
def document(version: str) -> dict[str, Any]:
    """The full document of a pinned version ("base": the merged base, before any change set)."""
    from generator import versions

    if version == "base":
        return versions.base_document().data
    return versions.build_document(version)


VERSIONS = _versions()


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


@lru_cache(maxsize=None)
def coverage_events() -> dict[str, str]:
    return _load(COVERAGE)["event_types"]


@lru_cache(maxsize=None)
def my_schema_names() -> tuple[str, ...]:
    return tuple(_load(MY_FILES[0])["components"]["schemas"])


@lru_cache(maxsize=None)
def stripe_doc() -> dict[str, Any]:
    return _load(STRIPE_SPEC)


def stripe_schemas() -> dict[str, Any]:
    return stripe_doc()["components"]["schemas"]


def ref_name(node: dict[str, Any]) -> str:
    return node["$ref"].rsplit("/", 1)[-1]


def expected_objects(text: str) -> set[str]:
    """`external_account (bank_account or card)` -> {bank_account, card}; `invoice` -> {invoice}."""
    m = re.match(r"^\s*(\w+)\s*(?:\((.*)\))?\s*$", text)
    assert m, text
    if m.group(2):
        return set(re.findall(r"\w+", m.group(2).replace(" or ", " "))) - {"or"}
    return {m.group(1)}


def event_schema_parts(doc: dict[str, Any], name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the `type` property, the data schema) of the event schema `name`."""
    schema = doc["components"]["schemas"][name]
    own = [part for part in schema.get("allOf", []) if "properties" in part]
    assert any(part.get("$ref") == "#/components/schemas/event" for part in schema.get("allOf", [])), (
        f"{name}: the event schema must extend #/components/schemas/event"
    )
    assert len(own) == 1, f"{name}: expected one inline part with `type` and `data`"
    props = own[0]["properties"]
    data = props["data"]
    if "$ref" in data:
        data = doc["components"]["schemas"][ref_name(data)]
    return props["type"], data


# --- 1. every event type is described ------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("version", VERSIONS)
def test_every_event_type_has_a_webhook(version: str) -> None:
    doc = document(version)
    webhooks = doc.get("webhooks", {})
    missing = sorted(set(coverage_events()) - set(webhooks))
    assert not missing, f"{version}: event types without a webhook: {missing}"
    for event_type, obj in coverage_events().items():
        op = webhooks[event_type]["post"]
        assert op["operationId"] == event_type
        assert op.get("summary"), f"{event_type}: no summary"
        assert any(str(code).startswith("2") for code in op["responses"]), event_type
        media = op["requestBody"]["content"]["application/json"]
        assert media["schema"] == {"$ref": f"#/components/schemas/{event_type}"}
        type_prop, data = event_schema_parts(doc, event_type)
        assert type_prop.get("const") == event_type, f"{event_type}: `type` const is {type_prop.get('const')!r}"
        assert "object" in data.get("required", []), f"{event_type}: data.object must be required"
        target = data["properties"]["object"]
        variants = target.get("anyOf") or target.get("oneOf") or [target]
        got = {ref_name(v) for v in variants}
        assert got == expected_objects(obj), f"{event_type}: data.object is {sorted(got)}, coverage says {obj}"
        if len(variants) > 1:
            mapping = target["discriminator"]["mapping"]
            assert target["discriminator"]["propertyName"] == "object"
            assert {v.rsplit("/", 1)[-1] for v in mapping.values()} == got


@pytest.mark.parametrize("version", VERSIONS)
def test_previous_attributes_only_where_updates_exist(version: str) -> None:
    """`previous_attributes` is optional, and present on the data of objects with `.updated` events."""
    doc = document(version)
    for event_type in doc.get("webhooks", {}):
        _, data = event_schema_parts(doc, event_type)
        assert "previous_attributes" not in data.get("required", []), event_type
        if event_type.endswith(".updated"):
            assert "previous_attributes" in data["properties"], f"{event_type}: no previous_attributes"


@pytest.mark.parametrize("version", VERSIONS)
def test_refs_of_the_webhook_files_resolve(version: str) -> None:
    doc = document(version)
    schemas = doc["components"]["schemas"]
    dangling: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                assert ref.startswith("#/components/schemas/"), ref
                if ref_name(node) not in schemas:
                    dangling.add(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in MY_FILES:
        walk(_load(path))
    assert not dangling, f"{version}: $refs to undefined schemas: {sorted(dangling)}"


# --- 2. every example is a valid event ------------------------------------------------------------


def _validator(doc: dict[str, Any], name: str) -> Any:
    from openapi_schema_validator import OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    uri = "urn:stripe-curated"
    registry = Registry().with_resource(uri, Resource.from_contents(doc, default_specification=DRAFT202012))
    return OAS31Validator({"$ref": f"{uri}#/components/schemas/{name}"}, registry=registry)


def _examples(doc: dict[str, Any]) -> list[tuple[str, str, Any]]:
    found = []
    for event_type, item in doc.get("webhooks", {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        examples = media.get("examples") or {}
        assert examples, f"{event_type}: no example"
        found += [(event_type, key, ex["value"]) for key, ex in examples.items()]
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_every_webhook_example_is_a_valid_event(version: str) -> None:
    doc = document(version)
    problems = []
    for event_type, key, value in _examples(doc):
        assert value.get("type") == event_type, f"{event_type}/{key}: example type is {value.get('type')!r}"
        assert value.get("object") == "event" and str(value.get("id", "")).startswith("evt_"), event_type
        for field in ("api_version", "created", "livemode", "pending_webhooks", "request", "data"):
            assert field in value, f"{event_type}/{key}: the example has no `{field}`"
        validator = _validator(doc, event_type)
        try:
            for error in validator.iter_errors(value):
                where = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{version} {event_type}/{key} at /{where}: {error.message[:300]}")
        except Unresolvable as exc:
            problems.append(f"{version} {event_type}/{key}: unresolvable $ref {getattr(exc, 'ref', exc)}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("version", VERSIONS)
def test_a_wrong_example_is_rejected(version: str) -> None:
    """The validation above has teeth: a mistyped object fails."""
    doc = document(version)
    event_type, _, value = next(e for e in _examples(doc) if e[0] == "invoice.paid")
    bad = {**value, "data": {**value["data"], "object": {**value["data"]["object"], "amount_due": "2000"}}}
    assert list(_validator(doc, event_type).iter_errors(bad))
    assert list(_validator(doc, event_type).iter_errors({**value, "type": "invoice.voided"}))


# --- 3. every field is Stripe's ------------------------------------------------------------------


def _kinds(node: dict[str, Any], stripe: bool) -> set[str]:
    """The JSON types and $ref names a schema admits: {"string", "null", "ref:customer", ...}."""
    kinds: set[str] = set()
    if "$ref" in node:
        kinds.add("ref:" + ref_name(node))
    t = node.get("type")
    if isinstance(t, list):
        kinds |= set(t)
    elif isinstance(t, str):
        kinds.add(t)
    if stripe and node.get("nullable"):
        kinds.add("null")
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, []):
            kinds |= _kinds(sub, stripe)
    if stripe and node.get("enum") == [""]:  # Stripe's "emptyable" marker
        kinds.discard("string")
    return kinds


def _compatible(mine: dict[str, Any], theirs: dict[str, Any], where: str, problems: list[str]) -> None:
    mk, tk = _kinds(mine, stripe=False), _kinds(theirs, stripe=True)
    extra = mk - tk
    if extra:
        problems.append(f"{where}: type {sorted(mk)} but Stripe has {sorted(tk)}")
        return
    for enum_of in ("enum",):
        if enum_of in mine:
            ours = {v for v in mine[enum_of] if v is not None}
            stripe_enum = theirs.get("enum")
            if stripe_enum is not None and not ours <= set(stripe_enum):
                problems.append(f"{where}: enum values {sorted(ours - set(stripe_enum))} are not Stripe's")
    if "const" in mine and theirs.get("enum") is not None and mine["const"] not in theirs["enum"]:
        problems.append(f"{where}: const {mine['const']!r} is not in Stripe's enum")
    if mine.get("type") == "array" or (isinstance(mine.get("type"), list) and "array" in mine["type"]):
        if "items" in mine and "items" in theirs:
            _compatible(mine["items"], theirs["items"], where + "[]", problems)
    if "properties" in mine and "properties" in theirs:
        _compare_object(mine, theirs, where, problems)


def _compare_object(mine: dict[str, Any], theirs: dict[str, Any], where: str, problems: list[str]) -> None:
    for prop, sub in mine.get("properties", {}).items():
        if prop not in theirs.get("properties", {}):
            problems.append(f"{where}.{prop}: not in Stripe's spec")
            continue
        _compatible(sub, theirs["properties"][prop], f"{where}.{prop}", problems)
    extra_required = set(mine.get("required", [])) - set(theirs.get("required", []))
    if extra_required:
        problems.append(f"{where}: requires {sorted(extra_required)}, which Stripe does not")


@needs_stripe
def test_schemas_match_stripe() -> None:
    mine = _load(MY_FILES[0])["components"]["schemas"]
    stripe = stripe_schemas()
    problems: list[str] = []
    for name, schema in mine.items():
        if name not in stripe:
            problems.append(f"{name}: no schema of that name in Stripe's spec")
            continue
        _compare_object(schema, stripe[name], name, problems)
        expandable = set(schema.get("x-expandableFields", []))
        if not expandable <= set(stripe[name].get("x-expandableFields") or []):
            problems.append(f"{name}: x-expandableFields {sorted(expandable)} not all Stripe's")
    assert not problems, "\n".join(problems)


@needs_stripe
def test_schema_sizes_are_curated() -> None:
    """Resources carry the fields a handler reads (10-40 properties, or all of a smaller Stripe
    object), not Stripe's whole object."""
    mine = _load(MY_FILES[0])["components"]["schemas"]
    resources = ["invoice", "dispute", "payment_method", "discount", "coupon", "tax_id", "card", "bank_account", "source"]
    for name in resources:
        count = len(mine[name]["properties"])
        floor = min(10, len(stripe_schemas()[name]["properties"]))
        assert floor <= count <= 40, f"{name}: {count} properties"


@needs_stripe
def test_event_types_are_stripes() -> None:
    body = stripe_doc()["paths"]["/v1/webhook_endpoints"]["post"]["requestBody"]["content"]
    enum = body["application/x-www-form-urlencoded"]["schema"]["properties"]["enabled_events"]["items"]["enum"]
    webhooks = _load(MY_FILES[1])["webhooks"]
    assert set(webhooks) <= set(enum), sorted(set(webhooks) - set(enum))
