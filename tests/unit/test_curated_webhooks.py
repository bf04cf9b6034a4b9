"""Curated webhooks: spec/additions/events.yaml says which object each event type carries; the
document of every pinned version gets an `x-webhooks` entry, an event schema and an example for each.

1. every event type the version lists (the enum of `enabled_events` on POST /v1/webhook_endpoints)
   has a webhook, an event schema, and a member of the generated `Event` union;
2. each event type of /work/shared/coverage.yaml carries the object coverage.yaml names (in the
   document and in the IR the client is generated from);
3. each example is a full event, valid against its event schema (OpenAPI 3.0 schema validation);
4. the event schemas never replace a schema Stripe publishes.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import pytest
from jsonschema import ValidationError, validators
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4

from generator.additions import WEBHOOKS, listed_event_types
from generator.generate import version_module

from ..published import VERSIONS, api, coverage, document, expected_objects, published, type_model_names

URI = "urn:stripe-version"


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


@cache
def registry(version: str) -> Registry:
    # OpenAPI 3.0's schema dialect is JSON Schema draft 4 plus `nullable` (OAS30Validator's job)
    return Registry().with_resource(URI, Resource.from_contents(document(version), default_specification=DRAFT4))


def _admit_null(keyword: str) -> Callable[..., Iterator[ValidationError]]:
    check = OAS30Validator.VALIDATORS[keyword]

    def validate(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        if instance is None and schema.get("nullable") is True:
            return iter(())
        return check(validator, value, instance, schema) or iter(())

    return validate


# Stripe's descriptions are OpenAPI 3.0.0, where `nullable: true` admits null whatever else the
# schema says; they write it beside `anyOf` and `enum` (`{anyOf: [...], nullable: true}`). The
# later 3.0.3 wording ties `nullable` to a `type` in the same schema object, and
# openapi-schema-validator follows 3.0.3, so it would reject null there: this validator reads
# `nullable` as 3.0.0 does, for exactly those keywords.
Stripe30Validator = validators.extend(
    OAS30Validator, {k: _admit_null(k) for k in ("anyOf", "oneOf", "allOf", "enum", "type", "format")}
)


def validator(version: str, schema: str) -> Any:
    return Stripe30Validator({"$ref": f"{URI}#/components/schemas/{schema}"}, registry=registry(version))


def event_parts(doc: dict[str, Any], event_type: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the `type` property, the `data` schema) of the event schema of `event_type`."""
    schema = doc["components"]["schemas"][event_type]
    parts = schema["allOf"]
    assert {"$ref": "#/components/schemas/event"} in parts, f"{event_type}: must extend Stripe's `event`"
    (own,) = [p for p in parts if "properties" in p]
    assert set(own["required"]) >= {"type", "data"}
    return own["properties"]["type"], doc["components"]["schemas"][ref_name(own["properties"]["data"])]


def examples(version: str) -> list[tuple[str, Any]]:
    found = []
    for event_type, item in document(version)[WEBHOOKS].items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        assert media.get("examples"), f"{version} {event_type}: no example"
        found += [(event_type, example["value"]) for example in media["examples"].values()]
    return found


# --- 1. every listed event type --------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_every_listed_event_type_has_a_webhook_and_schema(version: str) -> None:
    doc = document(version)
    listed = listed_event_types(published(version))
    assert len(listed) > 100, f"{version}: Stripe lists {len(listed)} event types?"
    assert listed == listed_event_types(doc)
    assert sorted(doc[WEBHOOKS]) == sorted(listed)
    for event_type in listed:
        op = doc[WEBHOOKS][event_type]["post"]
        assert op["operationId"] == event_type and op.get("summary")
        media = op["requestBody"]["content"]["application/json"]
        assert media["schema"] == {"$ref": f"#/components/schemas/{event_type}"}
        type_prop, data = event_parts(doc, event_type)
        assert type_prop["enum"] == [event_type]
        assert "object" in data["required"] and "previous_attributes" not in data.get("required", [])


@pytest.mark.parametrize("version", VERSIONS)
def test_the_event_union_covers_every_listed_type(version: str) -> None:
    listed = set(listed_event_types(published(version)))
    assert {e.type for e in api(version).events} == listed
    events = importlib.import_module(f"stripe_client.{version_module(version)}.events")
    union = typing.get_args(events.Event)[0]
    tags = {meta.tag for member in typing.get_args(union) for meta in getattr(member, "__metadata__", ())}
    assert tags - {"__unknown__"} == listed, f"{version}: union lacks {sorted(listed - tags)}"
    assert "__unknown__" in tags


@pytest.mark.parametrize("version", VERSIONS)
def test_event_schemas_never_replace_stripes(version: str) -> None:
    theirs = published(version)["components"]["schemas"]
    ours = document(version)["components"]["schemas"]
    for event_type in document(version)[WEBHOOKS]:
        assert event_type not in theirs, f"{event_type}: Stripe publishes a schema of that name"
        assert event_type in ours
    added = set(ours) - set(theirs)
    assert all(name in document(version)[WEBHOOKS] or name.endswith(".event_data") or name.startswith("oauth") for name in added), sorted(added)


# --- 2. coverage.yaml's event types carry the object it names --------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_coverage_event_types_carry_their_object(version: str) -> None:
    doc = document(version)
    wanted: dict[str, str] = coverage()["event_types"]
    listed = set(listed_event_types(doc))
    # coverage.yaml's types are the minimum across versions: a type Stripe had not yet introduced
    # at an older version (refund.created, customer.subscription.paused at 2022-08-01) must be
    # listed by the latest pinned version, and is checked wherever it is listed
    assert not set(wanted) - set(listed_event_types(published(VERSIONS[-1]))), "the latest version lacks some"
    wanted = {t: o for t, o in wanted.items() if t in listed}
    assert len(wanted) >= 60, f"{version}: only {len(wanted)} of coverage.yaml's event types"
    model_of_schema = {
        m.schema_name.removeprefix("#/components/schemas/"): m.name for m in api(version).models if not m.partial_of
    }
    events = {e.type: e for e in api(version).events}
    for event_type, obj in wanted.items():
        objects = expected_objects(obj)
        _, data = event_parts(doc, event_type)
        target = data["properties"]["object"]
        got = {ref_name(v) for v in target.get("anyOf", [target])}
        assert got == objects, f"{version} {event_type}: data.object is {sorted(got)}, coverage.yaml says {obj}"
        models = {model_of_schema[name] for name in objects}
        assert type_model_names(events[event_type].object_type) == models, f"{version} {event_type}: the IR's data.object"


# --- 3. every example is a valid event --------------------------------------------------------------


# Stripe's published fixture of treasury.outbound_payment (fixtures-DATE.json, resources
# .treasury.outbound_payment) has `destination_payment_method_details: {destination, type}` without
# `billing_details`, which Stripe's own schema (outbound_payments_payment_method_details) requires;
# events.yaml builds the example of each treasury.outbound_payment.* event from that fixture as is.
INVALID_EXAMPLES = {
    "treasury.outbound_payment.canceled",
    "treasury.outbound_payment.created",
    "treasury.outbound_payment.expected_arrival_date_updated",
    "treasury.outbound_payment.failed",
    "treasury.outbound_payment.posted",
    "treasury.outbound_payment.returned",
}


def example_problems(version: str, event_types: set[str] | None = None) -> list[str]:
    problems = []
    for event_type, value in examples(version):
        if (event_type in INVALID_EXAMPLES) != (event_types is not None) or (event_types and event_type not in event_types):
            continue
        assert value["type"] == event_type and value["object"] == "event" and value["id"].startswith("evt_")
        assert value["api_version"] == version
        try:
            for error in validator(version, event_type).iter_errors(value):
                where = "/".join(str(p) for p in error.absolute_path)
                problems.append(f"{version} {event_type} at /{where}: {error.message[:300]}")
        except Unresolvable as exc:
            problems.append(f"{version} {event_type}: unresolvable $ref {exc}")
    return problems


@pytest.mark.parametrize("version", VERSIONS)
def test_every_example_is_a_valid_event(version: str) -> None:
    assert len(examples(version)) == len(listed_event_types(published(version)))
    problems = example_problems(version)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("version", VERSIONS)
def test_treasury_outbound_payment_examples_are_valid_events(version: str) -> None:
    # Stripe's fixture lacks destination_payment_method_details.billing_details, which its schema
    # requires: the example events fill in what a fixture lacks (generator/additions.py)
    problems = example_problems(version, INVALID_EXAMPLES & set(listed_event_types(published(version))))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("version", VERSIONS)
def test_a_wrong_example_is_rejected(version: str) -> None:
    """The validation above has teeth: a mistyped object, a wrong type or object fails."""
    event_type, value = next(e for e in examples(version) if e[0] == "invoice.paid")
    check = validator(version, event_type)
    assert not list(check.iter_errors(value))
    obj = value["data"]["object"]
    assert list(check.iter_errors({**value, "data": {**value["data"], "object": {**obj, "amount_due": "2000"}}}))
    assert list(check.iter_errors({**value, "type": "invoice.voided"}))
    assert list(check.iter_errors({**value, "data": {"object": {**obj, "object": "charge"}}}))
    assert list(check.iter_errors({k: v for k, v in value.items() if k != "data"}))


def contains(example: object, fixture: object) -> bool:
    """Every value of the fixture is in the example unchanged (the example may add keys)."""
    if isinstance(fixture, dict):
        return isinstance(example, dict) and all(k in example and contains(example[k], v) for k, v in fixture.items())
    return example == fixture


@pytest.mark.parametrize("version", VERSIONS)
def test_examples_are_stripes_fixtures(version: str) -> None:
    """An example event's object is Stripe's published fixture of that object, where there is one."""
    from generator.versions import version_fixtures

    fixtures = version_fixtures(version)
    schemas = document(version)["components"]["schemas"]
    for event_type, value in examples(version):
        _, data = event_parts(document(version), event_type)
        target = data["properties"]["object"]
        for name in [ref_name(v) for v in target.get("anyOf", [target]) if "$ref" in v][:1]:
            resource = schemas[name].get("x-resourceId", name)
            if resource in fixtures:
                # Stripe's fixture, plus only what its schema requires and the fixture lacks
                assert contains(value["data"]["object"], fixtures[resource]), f"{version} {event_type}"
