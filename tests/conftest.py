"""Shared test helpers: where things are, and a skip for tests that need ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
STRIPE_SPECS = SHARED / "stripe-openapi"
# The runtime's unit tests import it from templates/ as `_runtime`.
sys.path.insert(0, str(REPO / "templates"))


def require_shared(path: Path = STRIPE_SPECS) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests need the shared Stripe specs (present in CI)")
    return path
