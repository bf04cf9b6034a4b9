"""Per-request options (``request_options={...}``), kept apart from API parameters so names never collide."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

__all__ = ["RequestOptions", "OPTION_KEYS"]


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
    max_retries: int
    headers: Mapping[str, str]


OPTION_KEYS = frozenset(RequestOptions.__annotations__)
