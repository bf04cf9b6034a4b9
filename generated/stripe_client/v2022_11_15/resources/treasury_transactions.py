# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.transactions`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_transaction import TreasuryTransaction
    from ..params import TreasuryTransactionsListCreatedParams
    from ..params import TreasuryTransactionsListStatusTransitionsParams


class TreasuryTransactionsResource:
    """`client.treasury.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        created: TreasuryTransactionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        order_by: Literal["created", "posted_at"] | None = None,
        starting_after: str | None = None,
        status: Literal["open", "posted", "void"] | None = None,
        status_transitions: TreasuryTransactionsListStatusTransitionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryTransaction]:
        """<p>Retrieves a list of Transaction objects.</p>

        `GET /v1/treasury/transactions`
        """
        from ..models.treasury_transaction import TreasuryTransaction

        return self._client.request_list(
            "get",
            "/v1/treasury/transactions",
            query={
                "financial_account": financial_account,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "order_by": order_by,
                "starting_after": starting_after,
                "status": status,
                "status_transitions": status_transitions,
            },
            cast_to=ListObject[TreasuryTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryTransaction:
        """<p>Retrieves the details of an existing Transaction.</p>

        `GET /v1/treasury/transactions/{id}`
        """
        from ..models.treasury_transaction import TreasuryTransaction

        return self._client.request(
            "get",
            "/v1/treasury/transactions/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryTransaction,
            options=request_options,
        )


class AsyncTreasuryTransactionsResource:
    """`client.treasury.transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        created: TreasuryTransactionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        order_by: Literal["created", "posted_at"] | None = None,
        starting_after: str | None = None,
        status: Literal["open", "posted", "void"] | None = None,
        status_transitions: TreasuryTransactionsListStatusTransitionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryTransaction]:
        """<p>Retrieves a list of Transaction objects.</p>

        `GET /v1/treasury/transactions`
        """
        from ..models.treasury_transaction import TreasuryTransaction

        return self._client.request_list(
            "get",
            "/v1/treasury/transactions",
            query={
                "financial_account": financial_account,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "order_by": order_by,
                "starting_after": starting_after,
                "status": status,
                "status_transitions": status_transitions,
            },
            cast_to=AsyncListObject[TreasuryTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryTransaction:
        """<p>Retrieves the details of an existing Transaction.</p>

        `GET /v1/treasury/transactions/{id}`
        """
        from ..models.treasury_transaction import TreasuryTransaction

        return await self._client.request(
            "get",
            "/v1/treasury/transactions/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryTransaction,
            options=request_options,
        )
