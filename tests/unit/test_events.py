"""Typed webhook events of the generated package, for every pinned version.

Every event type's example (the version's `event_examples.json`, from the spec's webhook examples)
parses to its own class with `data.object` of the model /work/shared/coverage.yaml names and
`data.previous_attributes` a partial model; unknown event types, unknown fields and other API
versions are handled as DESIGN.md says; `Webhook.construct_event` verifies before it parses.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import typing
import warnings
from functools import cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import stripe_client
import yaml
from pydantic import BaseModel
from stripe_client.errors import InvalidPayloadError, SignatureVerificationError

from generator.versions import pinned_versions

REPO = Path(__file__).resolve().parents[2]
COVERAGE = REPO.parent / "shared" / "coverage.yaml"
VERSIONS = pinned_versions()
SECRET = "whsec_test_events_secret"
NOW = 1_700_000_000

def module_name(version: str) -> str:
    return "v" + version.replace("-", "_")


@cache
def events_module(version: str) -> ModuleType:
    return importlib.import_module(f"stripe_client.{module_name(version)}.events")


@cache
def models_module(version: str) -> ModuleType:
    return importlib.import_module(f"stripe_client.{module_name(version)}.models")


@cache
def examples(version: str) -> dict[str, dict[str, Any]]:
    text = resources.files(f"stripe_client.{module_name(version)}").joinpath("event_examples.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def example(version: str, event_type: str) -> dict[str, Any]:
    return copy.deepcopy(examples(version)[event_type])


@cache
def event_classes(version: str) -> dict[str, type[BaseModel]]:
    """`{event type: class}`: the event models of the version's `events` module, by their `type` literal."""
    found: dict[str, type[BaseModel]] = {}
    for value in vars(events_module(version)).values():
        if not (isinstance(value, type) and issubclass(value, BaseModel)) or "type" not in value.model_fields:
            continue
        annotation = value.model_fields["type"].annotation
        if typing.get_origin(annotation) is typing.Literal:
            (literal,) = typing.get_args(annotation)
            assert literal not in found, f"two classes for {literal}: {found[literal].__name__}, {value.__name__}"
            found[literal] = value
    return found


def class_name(event_type: str) -> str:
    """`payment_intent.succeeded` -> `PaymentIntentSucceededEvent`."""
    return "".join(part.capitalize() for part in re.split(r"[._]", event_type)) + "Event"


def model_name(schema: str) -> str:
    """`payment_intent` -> `PaymentIntent`."""
    return "".join(part.capitalize() for part in schema.split("_"))


@cache
def coverage_objects() -> dict[str, tuple[str, ...]]:
    """`{event type: model names data.object may be}` from coverage.yaml.

    `payment_intent` -> (PaymentIntent,); `external_account (bank_account or card)` -> (BankAccount, Card).
    """
    raw = yaml.safe_load(COVERAGE.read_text(encoding="utf-8"))["event_types"]
    out: dict[str, tuple[str, ...]] = {}
    for event_type, spec in raw.items():
        match = re.fullmatch(r"\s*(\w+)\s*(?:\((.*)\))?\s*", spec)
        assert match, f"coverage.yaml event_types.{event_type}: cannot read {spec!r}"
        alternatives = match.group(2)
        schemas = re.split(r"\s*,\s*|\s+or\s+", alternatives.strip()) if alternatives else [match.group(1)]
        out[event_type] = tuple(model_name(s) for s in schemas)
    return out


def parse_quietly(version: str, payload: Any) -> Any:
    """`parse_event` with every warning an error, except EventVersionWarning.

    The examples' api_version is checked apart (test_examples_are_rendered_at_their_version).
    """
    module = events_module(version)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=module.EventVersionWarning)
        return module.parse_event(payload)


# --- every example of every version (one test per version: ~220 event types each) ------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_every_event_type_has_an_example_and_a_class(version: str) -> None:
    module = events_module(version)
    assert sorted(examples(version)) == sorted(module.EVENT_TYPES), "event_examples.json vs EVENT_TYPES"
    classes = event_classes(version)
    assert sorted(classes) == sorted(module.EVENT_TYPES), "one class per event type, by its `type` literal"
    for event_type, cls in classes.items():
        assert cls.__name__ == class_name(event_type)


def sample(version: str) -> list[str]:
    """The coverage list's event types and every tenth other one: parsing all ~220 of each version
    takes minutes, as pydantic builds each model class on first use (tests/unit/test_curated_webhooks.py
    validates every example against its schema)."""
    listed = sorted(examples(version))
    covered = set(coverage_objects()) if COVERAGE.is_file() else set()
    return [t for i, t in enumerate(listed) if t in covered or i % 10 == 0]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_example_parses_to_its_typed_class(version: str) -> None:
    for event_type in sample(version):
        payload = example(version, event_type)
        event = parse_quietly(version, payload)
        cls = event_classes(version)[event_type]
        assert type(event) is cls, f"{event_type} parsed as {type(event).__name__}, expected {cls.__name__}"
        assert event.type == event_type and event.id == payload["id"]
        # Nothing is lost: the model dumps back to the payload it came from.
        assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload, event_type


@pytest.mark.parametrize("version", VERSIONS)
def test_example_data_object_is_the_coverage_model(version: str) -> None:
    if not COVERAGE.is_file():
        pytest.skip(f"{COVERAGE} is absent: the shared coverage list (which object each event carries) is needed")
    models = models_module(version)
    for event_type, expected in coverage_objects().items():
        if event_type not in examples(version):
            continue  # a type Stripe lists only from a later version (refund.created: 2023-08-16)
        obj = parse_quietly(version, example(version, event_type)).data.object
        classes = tuple(getattr(models, name) for name in expected)
        assert isinstance(obj, classes), f"{event_type}: data.object is {type(obj).__name__}, coverage.yaml: {expected}"
        # And the model the wire's `object` names, among the alternatives (card vs bank_account).
        assert type(obj).__name__ == model_name(example(version, event_type)["data"]["object"]["object"]), event_type


def test_the_generated_event_types_cover_the_coverage_list() -> None:
    if not COVERAGE.is_file():
        pytest.skip(f"{COVERAGE} is absent: the shared coverage list is needed")
    assert set(coverage_objects()) <= set(events_module(VERSIONS[-1]).EVENT_TYPES)
    for version in VERSIONS:
        assert len(events_module(version).EVENT_TYPES) > 200, version  # every type the version lists


@pytest.mark.parametrize("version", VERSIONS)
def test_previous_attributes_is_the_partial_model(version: str) -> None:
    updated = [t for t in sample(version) if "previous_attributes" in examples(version)[t].get("data", {})]
    assert updated
    for event_type in updated:
        payload = example(version, event_type)
        event = parse_quietly(version, payload)
        previous = event.data.previous_attributes
        expected = f"{type(event.data.object).__name__}PreviousAttributes"
        if not hasattr(models_module(version), expected):
            # data.object is one of several resources (external_account, source): no single partial model.
            assert isinstance(previous, dict) and previous == payload["data"]["previous_attributes"], event_type
            continue
        assert type(previous).__name__ == expected, event_type
        # Partial: every field optional, so a payload with one changed attribute validates alone.
        assert all(not f.is_required() for f in type(previous).model_fields.values()), expected
        dumped = previous.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == payload["data"]["previous_attributes"], event_type


@pytest.mark.parametrize("version", VERSIONS)
def test_updated_events_have_previous_attributes_examples(version: str) -> None:
    updated = [t for t in examples(version) if t.endswith(".updated")]
    assert updated
    for event_type in updated:
        assert "previous_attributes" in examples(version)[event_type]["data"], event_type


@pytest.mark.parametrize("version", VERSIONS)
def test_examples_are_rendered_at_their_version(version: str) -> None:
    assert {p.get("api_version") for p in examples(version).values()} == {version}


# --- unknown types and fields -----------------------------------------------------------------------


def unknown_payload(version: str) -> dict[str, Any]:
    return {
        "id": "evt_1NewTypeFromTheFuture000",
        "object": "event",
        "api_version": version,
        "created": NOW,
        "data": {"object": {"id": "thing_1", "object": "future_thing", "charge": "ch_1"}},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": "future_thing.materialized",
        "brand_new_field": {"nested": [1, 2, 3]},
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_event_type_parses_as_unknown_event_keeping_every_field(version: str) -> None:
    module = events_module(version)
    payload = unknown_payload(version)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        event = module.parse_event(payload)
    assert type(event) is module.UnknownEvent
    assert event.type == "future_thing.materialized"
    assert event.id == payload["id"]
    assert event.data == payload["data"]
    assert event.model_extra is not None
    assert event.model_extra["brand_new_field"] == {"nested": [1, 2, 3]}
    assert event.model_extra["livemode"] is False
    assert event.model_extra["pending_webhooks"] == 1
    assert event.brand_new_field == {"nested": [1, 2, 3]}  # attribute access too
    assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_fields_of_a_known_event_are_kept(version: str) -> None:
    payload = example(version, "payment_intent.succeeded")
    payload["api_version"] = version
    payload["new_top_level"] = "kept"
    payload["data"]["object"]["new_field"] = {"a": 1}
    event = events_module(version).parse_event(payload)
    assert type(event).__name__ == "PaymentIntentSucceededEvent"
    assert event.model_extra["new_top_level"] == "kept"
    assert event.data.object.model_extra["new_field"] == {"a": 1}


# --- input forms and errors -----------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_parse_event_accepts_dict_str_bytes_bytearray(version: str) -> None:
    module = events_module(version)
    payload = example(version, "charge.succeeded")
    payload["api_version"] = version
    text = json.dumps(payload)
    parsed = [module.parse_event(p) for p in (payload, text, text.encode(), bytearray(text.encode()))]
    assert all(type(e).__name__ == "ChargeSucceededEvent" for e in parsed)
    assert all(e == parsed[0] for e in parsed)
    assert payload == {**example(version, "charge.succeeded"), "api_version": version}, "input not mutated"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "not valid JSON"),
        ("", "not valid JSON"),
        (b'{"id": "evt_1", ', "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('"event"', "must be a JSON object"),
        ("null", "must be a JSON object"),
    ],
)
def test_invalid_payload_raises_invalid_payload_error(payload: str | bytes, message: str) -> None:
    with pytest.raises(InvalidPayloadError, match=message) as info:
        stripe_client.parse_event(payload)
    assert isinstance(info.value, ValueError)  # as stripe-python: catchable as ValueError


def test_invalid_payload_error_is_the_same_class_everywhere() -> None:
    for version in VERSIONS:
        with pytest.raises(InvalidPayloadError):
            events_module(version).parse_event("nope")


@pytest.mark.parametrize("version", VERSIONS)
def test_other_api_version_warns(version: str) -> None:
    module = events_module(version)
    payload = example(version, "customer.created")
    payload["api_version"] = "2099-01-01"
    with pytest.warns(module.EventVersionWarning, match=r"2099-01-01.*" + re.escape(version)):
        event = module.parse_event(payload)
    assert type(event).__name__ == "CustomerCreatedEvent"  # still parsed


@pytest.mark.parametrize("version", VERSIONS)
def test_matching_or_absent_api_version_does_not_warn(version: str) -> None:
    module = events_module(version)
    payload = example(version, "customer.created")
    payload["api_version"] = version
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        module.parse_event(payload)
        del payload["api_version"]
        module.parse_event(payload)


def test_event_version_warning_names_the_versions_and_the_fix() -> None:
    older = VERSIONS[0]
    payload = example(older, "invoice.paid")
    payload["api_version"] = older
    latest = stripe_client.API_VERSION
    if older == latest:
        pytest.skip("only one pinned version")
    with pytest.warns(UserWarning) as record:
        stripe_client.parse_event(payload)
    (warning,) = record
    assert type(warning.message).__name__ == "EventVersionWarning"
    text = str(warning.message)
    assert older in text and latest in text and payload["id"] in text


# --- verify, then parse -----------------------------------------------------------------------------


def signed(payload: dict[str, Any], secret: str = SECRET, timestamp: int = NOW) -> tuple[bytes, str]:
    body = json.dumps(payload, indent=2).encode()
    return body, stripe_client.generate_test_header(body, secret, timestamp=timestamp)


@pytest.mark.parametrize("version", VERSIONS)
def test_construct_event_returns_the_typed_event(version: str) -> None:
    module = events_module(version)
    payload = example(version, "payment_intent.succeeded")
    payload["api_version"] = version
    body, header = signed(payload)
    for raw in (body, body.decode(), bytearray(body)):
        event = module.Webhook.construct_event(raw, header, SECRET, tolerance=None)
        assert type(event).__name__ == "PaymentIntentSucceededEvent"
        assert type(event.data.object).__name__ == "PaymentIntent"
        assert event.data.object.id == payload["data"]["object"]["id"]
    event = module.Webhook.construct_event(body, header, SECRET, now=NOW + 10)
    assert event.id == payload["id"]


def test_top_level_webhook_is_the_latest_versions() -> None:
    latest = VERSIONS[-1]
    assert stripe_client.API_VERSION == latest
    assert stripe_client.Webhook is events_module(latest).Webhook
    assert stripe_client.parse_event is events_module(latest).parse_event
    payload = example(latest, "customer.subscription.updated")
    payload["api_version"] = latest
    body, header = signed(payload)
    event = stripe_client.Webhook.construct_event(body, header, SECRET, now=NOW)
    assert type(event) is event_classes(latest)["customer.subscription.updated"]
    assert type(event.data.previous_attributes).__name__ == "SubscriptionPreviousAttributes"


def test_construct_event_unknown_type() -> None:
    payload = unknown_payload(stripe_client.API_VERSION)
    body, header = signed(payload)
    event = stripe_client.Webhook.construct_event(body, header, SECRET, now=NOW)
    assert type(event) is stripe_client.UnknownEvent
    assert event.model_extra["brand_new_field"] == {"nested": [1, 2, 3]}


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda b: b.replace(b'"amount": 2000', b'"amount": 1'), id="amount"),
        pytest.param(lambda b: b.replace(b"payment_intent.succeeded", b"payment_intent.canceled"), id="type"),
        pytest.param(lambda b: b + b"\n", id="trailing-newline"),
        pytest.param(lambda b: b.replace(b"\n", b"\r\n"), id="line-endings"),
        pytest.param(lambda b: json.dumps(json.loads(b)).encode(), id="re-serialised"),
    ],
)
def test_tampered_payload_raises_signature_verification_error(tamper: Any) -> None:
    payload = example(VERSIONS[-1], "payment_intent.succeeded")
    payload["data"]["object"]["amount"] = 2000
    body, header = signed(payload)
    forged = tamper(body)
    assert forged != body
    with pytest.raises(SignatureVerificationError, match="No signatures found matching"):
        stripe_client.Webhook.construct_event(forged, header, SECRET, now=NOW)


def test_wrong_secret_and_stale_timestamp_fail_closed() -> None:
    payload = example(VERSIONS[-1], "refund.created")
    body, header = signed(payload)
    with pytest.raises(SignatureVerificationError):
        stripe_client.Webhook.construct_event(body, header, "whsec_other", now=NOW)
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        stripe_client.Webhook.construct_event(body, header, SECRET, now=NOW + 301)
    with pytest.raises(SignatureVerificationError):
        stripe_client.Webhook.construct_event(body, None, SECRET)


def test_signed_invalid_json_is_invalid_payload_error() -> None:
    body = b'{"id": "evt_1", "type": '
    header = stripe_client.generate_test_header(body, SECRET, timestamp=NOW)
    with pytest.raises(InvalidPayloadError, match="not valid JSON"):
        stripe_client.Webhook.construct_event(body, header, SECRET, now=NOW)
