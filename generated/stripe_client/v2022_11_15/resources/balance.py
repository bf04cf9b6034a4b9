# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.balance`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.balance import Balance
    from .balance_history import BalanceHistoryResource, AsyncBalanceHistoryResource


class BalanceResource:
    """`client.balance`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def history(self) -> BalanceHistoryResource:
        from .balance_history import BalanceHistoryResource

        return BalanceHistoryResource(self._client)

    def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Balance:
        """<p>Retrieves the current account balance, based on the authentication that was used to make the request.
         For a sample request, see <a href="/docs/connect/account-balances#accounting-for-negative-balances">Accounting for negative balances</a>.</p>

        `GET /v1/balance`
        """
        from ..models.balance import Balance

        return self._client.request(
            "get",
            "/v1/balance",
            query={
                "expand": expand,
            },
            cast_to=Balance,
            options=request_options,
        )


class AsyncBalanceResource:
    """`client.balance` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def history(self) -> AsyncBalanceHistoryResource:
        from .balance_history import AsyncBalanceHistoryResource

        return AsyncBalanceHistoryResource(self._client)

    async def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Balance:
        """<p>Retrieves the current account balance, based on the authentication that was used to make the request.
         For a sample request, see <a href="/docs/connect/account-balances#accounting-for-negative-balances">Accounting for negative balances</a>.</p>

        `GET /v1/balance`
        """
        from ..models.balance import Balance

        return await self._client.request(
            "get",
            "/v1/balance",
            query={
                "expand": expand,
            },
            cast_to=Balance,
            options=request_options,
        )
