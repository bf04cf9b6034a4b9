# File copied from the generator's runtime (options.py) by `python -m generator generate`.
# Do not edit: change the template and regenerate.
"""Per-request options (``request_options={...}``), kept apart from API parameters so names never collide."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypedDict

__all__ = ["RequestOptions", "OPTION_KEYS", "NOT_GIVEN", "NotGiven", "check_options", "check_seconds", "check_retries"]


class NotGiven:
    """The default of an argument where None means JSON null: the field is left out of the request."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Options for one call; each overrides the client's setting for that call only.

    ``stripe_version`` is the only way to send a ``Stripe-Version`` other than the version the
    client is pinned to (a ``Stripe-Version`` passed through ``headers`` is rejected), because the
    generated models describe the pinned version: responses of another version may not parse.
    """

    api_key: str
    stripe_account: str
    stripe_version: str
    idempotency_key: str
    timeout: float
    #: Seconds for the whole call, retries and backoff included (``timeout`` bounds each
    #: connect/read/write); exceeding it raises ``APITimeoutError``.
    total_timeout: float
    max_retries: int
    headers: Mapping[str, str]


OPTION_KEYS = frozenset(RequestOptions.__annotations__)
_STRING_OPTIONS = ("api_key", "stripe_account", "stripe_version", "idempotency_key")


def check_seconds(name: str, value: object) -> float:
    """``value`` as a positive, finite number of seconds, or a TypeError/ValueError naming it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")
    return seconds


def check_retries(name: str, value: object) -> int:
    """``value`` as a retry count (an int >= 0; a bool is refused, it is almost always a mistake)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int >= 0, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be an int >= 0, got {value!r}")
    return value


def check_options(options: Mapping[str, Any]) -> None:
    """Refuse unknown or mistyped options before anything is sent, naming the option."""
    unknown = options.keys() - OPTION_KEYS
    if unknown:
        raise ValueError(f"unknown request option(s) {sorted(unknown)}; known: {sorted(OPTION_KEYS)}")
    for name in _STRING_OPTIONS:
        if name in options and not isinstance(options[name], str):
            raise TypeError(f"request option {name!r} must be a string, got {type(options[name]).__name__}")
    for name in ("timeout", "total_timeout"):
        if name in options:
            check_seconds(f"request option {name!r}", options[name])
    if "max_retries" in options:
        check_retries("request option 'max_retries'", options["max_retries"])
    if "headers" in options and not isinstance(options["headers"], Mapping):
        raise TypeError(f"request option 'headers' must be a mapping, got {type(options['headers']).__name__}")
