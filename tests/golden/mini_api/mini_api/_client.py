# File generated from mini.yaml (API version 2024-01-01, spec sha256 038f8cbd9c4456c2) by `python -m generator generate`.
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

SERVERS: dict[str, str] = {
    "api": "https://api.example.com",
}


class Client(SyncAPIClient):
    """Synchronous client for Mini API, API version 2024-01-01.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries` and
    `timeout` apply to every request unless a call's `request_options` says otherwise.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
        )

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .resources.widgets import WidgetsResource

        return WidgetsResource(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Mini API, API version 2024-01-01.

    The API key comes from `api_key` or the STRIPE_API_KEY environment variable. `max_retries` and
    `timeout` apply to every request unless a call's `request_options` says otherwise.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        connect_base_url: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = 2,
        timeout: float = 80.0,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            stripe_version=API_VERSION or None,
            base_url=base_url or SERVERS["api"] or None,
            connect_base_url=connect_base_url or SERVERS.get("connect") or None,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            default_headers=default_headers,
            servers={key: url for key, url in SERVERS.items() if key not in ("api", "connect")},
        )

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .resources.widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self)
