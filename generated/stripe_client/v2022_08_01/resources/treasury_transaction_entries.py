# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.transaction_entries`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_transaction_entry import TreasuryTransactionEntry
    from ..params import TreasuryTransactionEntriesListCreatedParams
    from ..params import TreasuryTransactionEntriesListEffectiveAtParams


class TreasuryTransactionEntriesResource:
    """`client.treasury.transaction_entries`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        created: TreasuryTransactionEntriesListCreatedParams | int | None = None,
        effective_at: TreasuryTransactionEntriesListEffectiveAtParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        order_by: Literal["created", "effective_at"] | None = None,
        starting_after: str | None = None,
        transaction: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryTransactionEntry]:
        """<p>Retrieves a list of TransactionEntry objects.</p>

        `GET /v1/treasury/transaction_entries`
        """
        from ..models.treasury_transaction_entry import TreasuryTransactionEntry

        return self._client.request_list(
            "get",
            "/v1/treasury/transaction_entries",
            query={
                "financial_account": financial_account,
                "created": created,
                "effective_at": effective_at,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "order_by": order_by,
                "starting_after": starting_after,
                "transaction": transaction,
            },
            cast_to=ListObject[TreasuryTransactionEntry],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryTransactionEntry:
        """<p>Retrieves a TransactionEntry object.</p>

        `GET /v1/treasury/transaction_entries/{id}`
        """
        from ..models.treasury_transaction_entry import TreasuryTransactionEntry

        return self._client.request(
            "get",
            "/v1/treasury/transaction_entries/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryTransactionEntry,
            options=request_options,
        )


class AsyncTreasuryTransactionEntriesResource:
    """`client.treasury.transaction_entries` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        created: TreasuryTransactionEntriesListCreatedParams | int | None = None,
        effective_at: TreasuryTransactionEntriesListEffectiveAtParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        order_by: Literal["created", "effective_at"] | None = None,
        starting_after: str | None = None,
        transaction: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryTransactionEntry]:
        """<p>Retrieves a list of TransactionEntry objects.</p>

        `GET /v1/treasury/transaction_entries`
        """
        from ..models.treasury_transaction_entry import TreasuryTransactionEntry

        return self._client.request_list(
            "get",
            "/v1/treasury/transaction_entries",
            query={
                "financial_account": financial_account,
                "created": created,
                "effective_at": effective_at,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "order_by": order_by,
                "starting_after": starting_after,
                "transaction": transaction,
            },
            cast_to=AsyncListObject[TreasuryTransactionEntry],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryTransactionEntry:
        """<p>Retrieves a TransactionEntry object.</p>

        `GET /v1/treasury/transaction_entries/{id}`
        """
        from ..models.treasury_transaction_entry import TreasuryTransactionEntry

        return await self._client.request(
            "get",
            "/v1/treasury/transaction_entries/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryTransactionEntry,
            options=request_options,
        )
