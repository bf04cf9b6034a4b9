"""`--update-snapshots` rewrites the expected stderr of every bad-spec case (same as UPDATE_SNAPSHOTS=1)."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", default=False, help="rewrite tests/bad_specs snapshots")
