"""Shared test helpers: where things are, a skip for tests that need ../shared, and fixtures used by several files."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
STRIPE_SPECS = SHARED / "stripe-openapi"
# The runtime's unit tests import it from the Python target's folder as `_runtime`.
sys.path.insert(0, str(REPO / "generator" / "targets" / "python"))


def require_shared(path: Path = STRIPE_SPECS) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests need the shared Stripe specs (present in CI)")
    return path


@pytest.fixture
def no_stripe_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No STRIPE_API_KEY or STRIPE_LOG from the caller's environment; the client's log level reset after."""
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    monkeypatch.delenv("STRIPE_LOG", raising=False)
    yield
    logging.getLogger("stripe_client").setLevel(logging.NOTSET)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Wait for a signal another thread gives (a server finishing a request), not for a fixed time:
    returns as soon as `condition()` holds; fails after `timeout` seconds, a bound for a hang only."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting until {what}")
        time.sleep(0.005)
