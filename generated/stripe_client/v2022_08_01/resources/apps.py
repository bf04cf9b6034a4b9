# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.apps`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .apps_secrets import AppsSecretsResource, AsyncAppsSecretsResource


class AppsResource:
    """`client.apps`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def secrets(self) -> AppsSecretsResource:
        from .apps_secrets import AppsSecretsResource

        return AppsSecretsResource(self._client)


class AsyncAppsResource:
    """`client.apps` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def secrets(self) -> AsyncAppsSecretsResource:
        from .apps_secrets import AsyncAppsSecretsResource

        return AsyncAppsSecretsResource(self._client)
