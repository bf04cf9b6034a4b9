"""Versions: base fragments merged, dated change sets applied cumulatively, errors located."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.problems import SpecError
from generator.versions import build_document, pin_version, pinned_versions

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


def test_pin_scaffolds_an_empty_change_set(tmp_path: Path) -> None:
    spec = make_spec(tmp_path, {"2024-01-01": "  []\n"})
    path = pin_version("2024-09-30", spec)
    assert path.name == "2024-09-30.yaml"
    assert pinned_versions(spec)[-1] == "2024-09-30"
    assert build_document("2024-09-30", spec)["components"] == build_document("2024-01-01", spec)["components"]
    with pytest.raises(SpecError, match="already pinned"):
        pin_version("2024-09-30", spec)
    with pytest.raises(SpecError, match="older than"):
        pin_version("2024-02-01", spec)
