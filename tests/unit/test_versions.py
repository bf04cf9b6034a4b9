"""Versions: published descriptions plus additions, or base fragments plus dated change sets; errors located."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.problems import SpecError
from generator.versions import build_document, pin_published, pinned_versions, version_document, version_summaries

BASE = """openapi: 3.1.0
info: {title: t, version: base}
paths:
  /v1/things:
    get:
      responses:
        '200': {description: ok}
components:
  schemas:
    thing:
      type: object
      properties:
        id: {type: string}
        legacy: {type: string}
"""


def make_spec(tmp_path: Path, changes: dict[str, str], extra_fragment: str = "") -> Path:
    (tmp_path / "base").mkdir()
    (tmp_path / "versions").mkdir()
    (tmp_path / "base" / "00-root.yaml").write_text(BASE)
    if extra_fragment:
        (tmp_path / "base" / "10-more.yaml").write_text(extra_fragment)
    for date, body in changes.items():
        (tmp_path / "versions" / f"{date}.yaml").write_text(f'version: "{date}"\nsummary: s\nchanges:\n{body}')
    return tmp_path


def test_change_sets_apply_cumulatively(tmp_path: Path) -> None:
    spec = make_spec(
        tmp_path,
        {
            "2024-01-01": "  - description: add name\n    target: /components/schemas/thing/properties\n    update: {name: {type: string}}\n",
            "2024-06-01": "  - description: drop legacy\n    target: /components/schemas/thing/properties/legacy\n    remove: true\n",
        },
    )
    assert pinned_versions(spec) == ["2024-01-01", "2024-06-01"]
    first = build_document("2024-01-01", spec)
    second = build_document("2024-06-01", spec)
    assert set(first["components"]["schemas"]["thing"]["properties"]) == {"id", "legacy", "name"}
    assert set(second["components"]["schemas"]["thing"]["properties"]) == {"id", "name"}
    assert first["info"]["version"] == "2024-01-01"


def test_fragments_merge_and_a_duplicate_is_an_error(tmp_path: Path) -> None:
    spec = make_spec(tmp_path, {"2024-01-01": "  []\n"}, "components:\n  schemas:\n    other: {type: string}\n")
    doc = build_document("2024-01-01", spec)
    assert set(doc["components"]["schemas"]) == {"thing", "other"}
    (spec / "base" / "20-dup.yaml").write_text("components:\n  schemas:\n    other: {type: integer}\n")
    with pytest.raises(SpecError, match="defined by two fragments"):
        build_document("2024-01-01", spec)


def test_remove_of_a_missing_target_names_the_change(tmp_path: Path) -> None:
    spec = make_spec(
        tmp_path,
        {"2024-01-01": "  - description: x\n    target: /components/schemas/nope/properties/id\n    remove: true\n"},
    )
    with pytest.raises(SpecError) as err:
        build_document("2024-01-01", spec)
    assert "2024-01-01.yaml" in str(err.value) and "#/changes/0" in str(err.value)


def test_change_with_two_actions_is_rejected(tmp_path: Path) -> None:
    spec = make_spec(
        tmp_path,
        {"2024-01-01": "  - target: /info\n    update: {a: 1}\n    remove: true\n"},
    )
    with pytest.raises(SpecError, match="exactly one of"):
        build_document("2024-01-01", spec)


def test_unknown_version_lists_the_pinned_ones(tmp_path: Path) -> None:
    spec = make_spec(tmp_path, {"2024-01-01": "  []\n"})
    with pytest.raises(SpecError, match="pinned: 2024-01-01"):
        build_document("2023-01-01", spec)


# --- published descriptions and additions ------------------------------------------------------------

STRIPE = """openapi: 3.0.0
info: {title: Stripe API, version: "%s"}
servers: [{url: "https://api.stripe.com/"}]
paths:
  /v1/customers/{customer}:
    get:
      parameters: [{name: customer, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/customer'}}}
  /v1/webhook_endpoints:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                enabled_events: {type: array, items: {type: string, enum: ["*", customer.created]}}
      responses: {'200': {description: ok}}
components:
  schemas:
    customer:
      type: object
      properties: {id: {type: string}, object: {type: string, enum: [customer]}}
      x-resourceId: customer
    event:
      type: object
      properties:
        id: {type: string}
        type: {type: string}
        data: {type: object}
"""
EVENTS = """description: objects of events
events:
  customer.created: {object: customer, summary: A customer was created.}
"""


def published_spec(tmp_path: Path, additions: dict[str, str], version: str = "2024-01-01") -> Path:
    (tmp_path / "published").mkdir(exist_ok=True)
    (tmp_path / "additions").mkdir(exist_ok=True)
    (tmp_path / "published" / f"{version}.yaml").write_text(STRIPE % version)
    (tmp_path / "published" / f"fixtures-{version}.json").write_text('{"resources": {"customer": {"id": "cus_1", "object": "customer"}}}')
    for name, text in {"events.yaml": EVENTS, **additions}.items():
        (tmp_path / "additions" / name).write_text(text)
    return tmp_path


def test_a_published_version_gets_the_additions_and_an_event_per_type(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {"x.yaml": "description: d\nadd:\n  x-thing: {a: 1}\n  paths:\n    /oauth/token: {post: {responses: {'200': {description: ok}}}}\n"})
    doc = version_document("2024-01-01", spec).data
    assert doc["x-thing"] == {"a": 1} and "/oauth/token" in doc["paths"] and "/v1/customers/{customer}" in doc["paths"]
    hook = doc["x-webhooks"]["customer.created"]["post"]["requestBody"]["content"]["application/json"]
    example = hook["examples"]["customer.created"]["value"]
    assert example["data"]["object"] == {"id": "cus_1", "object": "customer"}  # Stripe's fixture
    assert example["api_version"] == "2024-01-01" and example["type"] == "customer.created"
    schema = doc["components"]["schemas"]["customer.created"]
    assert schema["allOf"][1]["properties"]["type"] == {"type": "string", "enum": ["customer.created"]}


def test_an_addition_never_replaces_what_stripe_published(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {"bad.yaml": "description: d\nadd:\n  components:\n    schemas:\n      customer: {type: string}\n"})
    with pytest.raises(SpecError) as err:
        version_document("2024-01-01", spec)
    text = str(err.value)
    assert "bad.yaml:5 #/add/components/schemas/customer" in text
    assert "already has #/components/schemas/customer" in text


def test_an_extension_whose_target_vanished_is_reported(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {"old.yaml": "description: d\nextend:\n  /paths/~1v1~1sources/post:\n    deprecated: true\n"})
    with pytest.raises(SpecError) as err:
        version_document("2024-01-01", spec)
    assert "old.yaml:3 #/extend/~1paths~1~01v1~01sources~1post: error: /paths/~1v1~1sources/post does not exist" in str(err.value)
    assert "no longer applies" in str(err.value)


def test_an_event_type_without_an_object_is_reported(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {})
    (spec / "additions" / "events.yaml").write_text("description: d\nevents: {}\n")
    with pytest.raises(SpecError, match="lists the event type 'customer.created' at 2024-01-01, but no addition says"):
        version_document("2024-01-01", spec)
    (spec / "additions" / "events.yaml").write_text("description: d\nevents:\n  customer.created: {object: custmer}\n")
    with pytest.raises(SpecError, match=r"events.yaml:3 #/events/customer.created/object: error: event customer.created: the schema 'custmer' does not exist"):
        version_document("2024-01-01", spec)


def test_pin_brings_in_a_published_description(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {})
    source = tmp_path / "spec3.yaml"
    source.write_text(STRIPE % "2024-06-01")
    written = pin_published("2024-06-01", source, None, spec)
    assert [p.name for p in written] == ["2024-06-01.yaml", "fixtures-2024-06-01.json"]
    assert written[0].read_bytes() == source.read_bytes()
    assert pinned_versions(spec) == ["2024-01-01", "2024-06-01"]
    assert "2024-06-01" in version_summaries(spec)
    assert "sha256" in (spec / "published" / "provenance.yaml").read_text()
    with pytest.raises(SpecError, match="2024-06-01 is already pinned"):
        pin_published("2024-06-01", source, None, spec)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("openapi: 3.0.0\ninfo: {title: t, version: '2024-06-01'}\npaths: {}\n", "#/servers: error: not a Stripe description"),
        (STRIPE % "2024-05-01", "#/info/version: error: this description is of API version '2024-05-01', not 2024-06-01"),
        ("swagger: '2.0'\n", "#/openapi: error: not an OpenAPI 3 document"),
    ],
)
def test_pin_refuses_what_is_not_stripes_description_and_writes_nothing(tmp_path: Path, text: str, message: str) -> None:
    spec = published_spec(tmp_path, {})
    before = sorted(p.name for p in (spec / "published").iterdir())
    source = tmp_path / "other.yaml"
    source.write_text(text)
    with pytest.raises(SpecError, match=message):
        pin_published("2024-06-01", source, None, spec)
    assert sorted(p.name for p in (spec / "published").iterdir()) == before


def test_pin_refuses_a_version_whose_additions_no_longer_apply(tmp_path: Path) -> None:
    spec = published_spec(tmp_path, {"x.yaml": "description: d\nadd:\n  paths:\n    /v1/customers/{customer}: {get: {parameters: []}}\n"})
    (spec / "published" / "2024-01-01.yaml").unlink()
    source = tmp_path / "spec3.yaml"
    source.write_text(STRIPE % "2024-06-01")
    with pytest.raises(SpecError, match="x.yaml:4 #/add/paths/~1v1~1customers~1\\{customer\\}/get/parameters"):
        pin_published("2024-06-01", source, None, spec)
    assert not (spec / "published" / "2024-06-01.yaml").exists()
