# File generated from mini.yaml by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`Client` and `AsyncClient`: one attribute per resource, pinned to API version 2024-01-01."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from mini_api._runtime.client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.widgets import WidgetsResource, AsyncWidgetsResource

API_VERSION = ""
"""The API version every request of these clients sends as `Stripe-Version`."""

DIALECT = "openapi"
"""What is Stripe's and not OpenAPI's is on only in the "stripe" dialect (headers, retries, errors)."""

SECURITY_SCHEMES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}

SERVERS: dict[str, str] = {
    "api": "https://api.example.com",
}


class Client(SyncAPIClient):
    """Synchronous client for Mini API, API version 2024-01-01."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        if not (base_url or SERVERS["api"]):
            raise ValueError("Mini API declares no server URL: pass base_url=...")
        super().__init__(
            stripe_version=None,
            base_url=base_url or SERVERS["api"],
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key != "api"},
            dialect="openapi",
            api_name="Mini API",
            credentials={},
            security_schemes=SECURITY_SCHEMES,
        )

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .resources.widgets import WidgetsResource

        return WidgetsResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Mini API, API version 2024-01-01."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        if not (base_url or SERVERS["api"]):
            raise ValueError("Mini API declares no server URL: pass base_url=...")
        super().__init__(
            stripe_version=None,
            base_url=base_url or SERVERS["api"],
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key != "api"},
            dialect="openapi",
            api_name="Mini API",
            credentials={},
            security_schemes=SECURITY_SCHEMES,
        )

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .resources.widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self)
