# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.terminal`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .terminal_configurations import (
        TerminalConfigurationsResource,
        AsyncTerminalConfigurationsResource,
    )
    from .terminal_connection_tokens import (
        TerminalConnectionTokensResource,
        AsyncTerminalConnectionTokensResource,
    )
    from .terminal_locations import TerminalLocationsResource, AsyncTerminalLocationsResource
    from .terminal_readers import TerminalReadersResource, AsyncTerminalReadersResource


class TerminalResource:
    """`client.terminal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def configurations(self) -> TerminalConfigurationsResource:
        from .terminal_configurations import TerminalConfigurationsResource

        return TerminalConfigurationsResource(self._client)

    @cached_property
    def connection_tokens(self) -> TerminalConnectionTokensResource:
        from .terminal_connection_tokens import TerminalConnectionTokensResource

        return TerminalConnectionTokensResource(self._client)

    @cached_property
    def locations(self) -> TerminalLocationsResource:
        from .terminal_locations import TerminalLocationsResource

        return TerminalLocationsResource(self._client)

    @cached_property
    def readers(self) -> TerminalReadersResource:
        from .terminal_readers import TerminalReadersResource

        return TerminalReadersResource(self._client)


class AsyncTerminalResource:
    """`client.terminal` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def configurations(self) -> AsyncTerminalConfigurationsResource:
        from .terminal_configurations import AsyncTerminalConfigurationsResource

        return AsyncTerminalConfigurationsResource(self._client)

    @cached_property
    def connection_tokens(self) -> AsyncTerminalConnectionTokensResource:
        from .terminal_connection_tokens import AsyncTerminalConnectionTokensResource

        return AsyncTerminalConnectionTokensResource(self._client)

    @cached_property
    def locations(self) -> AsyncTerminalLocationsResource:
        from .terminal_locations import AsyncTerminalLocationsResource

        return AsyncTerminalLocationsResource(self._client)

    @cached_property
    def readers(self) -> AsyncTerminalReadersResource:
        from .terminal_readers import AsyncTerminalReadersResource

        return AsyncTerminalReadersResource(self._client)
