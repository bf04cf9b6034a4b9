# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.financial_connections`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .financial_connections_accounts import (
        FinancialConnectionsAccountsResource,
        AsyncFinancialConnectionsAccountsResource,
    )
    from .financial_connections_sessions import (
        FinancialConnectionsSessionsResource,
        AsyncFinancialConnectionsSessionsResource,
    )


class FinancialConnectionsResource:
    """`client.financial_connections`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> FinancialConnectionsAccountsResource:
        from .financial_connections_accounts import FinancialConnectionsAccountsResource

        return FinancialConnectionsAccountsResource(self._client)

    @cached_property
    def sessions(self) -> FinancialConnectionsSessionsResource:
        from .financial_connections_sessions import FinancialConnectionsSessionsResource

        return FinancialConnectionsSessionsResource(self._client)


class AsyncFinancialConnectionsResource:
    """`client.financial_connections` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def accounts(self) -> AsyncFinancialConnectionsAccountsResource:
        from .financial_connections_accounts import AsyncFinancialConnectionsAccountsResource

        return AsyncFinancialConnectionsAccountsResource(self._client)

    @cached_property
    def sessions(self) -> AsyncFinancialConnectionsSessionsResource:
        from .financial_connections_sessions import AsyncFinancialConnectionsSessionsResource

        return AsyncFinancialConnectionsSessionsResource(self._client)
