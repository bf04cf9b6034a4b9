# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.terminal`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .test_helpers_terminal_readers import (
        TestHelpersTerminalReadersResource,
        AsyncTestHelpersTerminalReadersResource,
    )


class TestHelpersTerminalResource:
    """`client.test_helpers.terminal`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def readers(self) -> TestHelpersTerminalReadersResource:
        from .test_helpers_terminal_readers import TestHelpersTerminalReadersResource

        return TestHelpersTerminalReadersResource(self._client)


class AsyncTestHelpersTerminalResource:
    """`client.test_helpers.terminal` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def readers(self) -> AsyncTestHelpersTerminalReadersResource:
        from .test_helpers_terminal_readers import AsyncTestHelpersTerminalReadersResource

        return AsyncTestHelpersTerminalReadersResource(self._client)
