"""End-to-end fixtures: the fake Stripe (a real HTTP server on 127.0.0.1) per pinned version."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.generate import version_module
from generator.mock import MockServer
from generator.versions import pinned_versions, version_document, version_fixtures

VERSIONS = pinned_versions()
LATEST = VERSIONS[-1]
API_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture(scope="module", params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def server(version: str) -> Iterator[MockServer]:
    with MockServer(version_document(version), fixtures=version_fixtures(version)) as mock:
        yield mock


@pytest.fixture
def fresh_server(server: MockServer) -> MockServer:
    server.reset()
    return server


@pytest.fixture(scope="module")
def package(version: str) -> ModuleType:
    return importlib.import_module(f"stripe_client.{version_module(version)}")


@pytest.fixture(scope="module")
def pkg() -> ModuleType:
    """The latest version's package, for tests that need one version only."""
    return importlib.import_module(f"stripe_client.{version_module(LATEST)}")


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    """A fake Stripe for the latest version (reset it between tests that count objects)."""
    with MockServer(version_document(LATEST), fixtures=version_fixtures(LATEST)) as server:
        yield server


# Real documents above this size (with every file they reference) take minutes each to generate and
# type-check: bench/conformance.py checks them; the suite keeps within its time budget.
SUITE_MAX_BYTES = 1_000_000


def suite_param(spec: Path, root: Path) -> Any:
    """A real document as a test parameter: skipped, with the reason, when it is too large for the suite."""
    folder = next(q for q in spec.parents if q.parent == root)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    if size <= SUITE_MAX_BYTES:
        return pytest.param(spec, id=folder.name)
    reason = f"{folder.name} is {size / 1e6:.1f} MB: checked by bench/conformance.py, too slow for the suite"
    return pytest.param(spec, id=folder.name, marks=pytest.mark.skip(reason=reason))
