# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.balance_transactions`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.balance_transaction import BalanceTransaction
    from ..params import BalanceTransactionsListCreatedParams


class BalanceTransactionsResource:
    """`client.balance_transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: BalanceTransactionsListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payout: str | None = None,
        source: str | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[BalanceTransaction]:
        """<p>Returns a list of transactions that have contributed to the Stripe account balance (e.g., charges, transfers, and so forth). The transactions are returned in sorted order, with the most recent transactions appearing first.</p>

        <p>Note that this endpoint was previously called “Balance history” and used the path <code>/v1/balance/history</code>.</p>

        `GET /v1/balance_transactions`
        """
        from ..models.balance_transaction import BalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/balance_transactions",
            query={
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payout": payout,
                "source": source,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=ListObject[BalanceTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BalanceTransaction:
        """<p>Retrieves the balance transaction with the given ID.</p>

        <p>Note that this endpoint previously used the path <code>/v1/balance/history/:id</code>.</p>

        `GET /v1/balance_transactions/{id}`
        """
        from ..models.balance_transaction import BalanceTransaction

        return self._client.request(
            "get",
            "/v1/balance_transactions/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BalanceTransaction,
            options=request_options,
        )


class AsyncBalanceTransactionsResource:
    """`client.balance_transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: BalanceTransactionsListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payout: str | None = None,
        source: str | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[BalanceTransaction]:
        """<p>Returns a list of transactions that have contributed to the Stripe account balance (e.g., charges, transfers, and so forth). The transactions are returned in sorted order, with the most recent transactions appearing first.</p>

        <p>Note that this endpoint was previously called “Balance history” and used the path <code>/v1/balance/history</code>.</p>

        `GET /v1/balance_transactions`
        """
        from ..models.balance_transaction import BalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/balance_transactions",
            query={
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "payout": payout,
                "source": source,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=AsyncListObject[BalanceTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> BalanceTransaction:
        """<p>Retrieves the balance transaction with the given ID.</p>

        <p>Note that this endpoint previously used the path <code>/v1/balance/history/:id</code>.</p>

        `GET /v1/balance_transactions/{id}`
        """
        from ..models.balance_transaction import BalanceTransaction

        return await self._client.request(
            "get",
            "/v1/balance_transactions/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=BalanceTransaction,
            options=request_options,
        )
