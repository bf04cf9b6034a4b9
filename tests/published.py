"""Test helpers: Stripe's published descriptions (spec/published/), the shared reference material
(/work/shared: coverage.yaml and Stripe's files) and each pinned version's document and IR, each
loaded once per test process."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ir
from generator.versions import pinned_versions, version_document

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = REPO / "spec" / "published"
ADDITIONS = REPO / "spec" / "additions"
SHARED = REPO.parent / "shared"
COVERAGE = SHARED / "coverage.yaml"
SHARED_STRIPE = SHARED / "stripe-openapi"

VERSIONS = pinned_versions()
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    with path.open("rb") as f:
        return yaml.load(f, Loader=_Loader)


def require_shared(path: Path) -> None:
    """Skip (naming what is missing) when the shared reference material beside the repo is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared reference material (/work/shared) is not available here")


@lru_cache(maxsize=1)
def coverage() -> dict[str, Any]:
    require_shared(COVERAGE)
    data = load_yaml(COVERAGE)
    assert isinstance(data, dict), COVERAGE
    return data


@cache
def published(version: str) -> dict[str, Any]:
    """Stripe's description of `version`, read straight from spec/published/ (not through the
    generator: tests compare against an independent reading). Callers must not mutate it."""
    data = load_yaml(PUBLISHED / f"{version}.yaml")
    assert isinstance(data, dict)
    return data


@cache
def document(version: str) -> dict[str, Any]:
    """The full document of a pinned version (published + additions). Callers must not mutate it."""
    return version_document(version).data


@cache
def api(version: str) -> ir.Api:
    from generator.builder import build_api

    return build_api(version_document(version))


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, item[method])
        for path, item in doc.get("paths", {}).items()
        for method in METHODS
        if isinstance(item, dict) and method in item
    ]


def expected_objects(text: str) -> set[str]:
    """coverage.yaml's object: `external_account (bank_account or card)` -> {bank_account, card};
    `invoice` -> {invoice}."""
    m = re.match(r"^\s*([\w.]+)\s*(?:\((.*)\))?\s*$", text)
    assert m, text
    if m.group(2):
        return set(re.findall(r"[\w.]+", m.group(2))) - {"or"}
    return {m.group(1)}


def type_model_names(t: ir.TypeRef) -> set[str]:
    """The model names a TypeRef admits (through unions; null dropped)."""
    if t.kind == "model":
        return {t.name}
    if t.kind == "union":
        return set().union(*(type_model_names(v) for v in t.items)) if t.items else set()
    return set()
