# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.sources.source_transactions`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.source_transaction import SourceTransaction


class SourcesSourceTransactionsResource:
    """`client.sources.source_transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        source: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[SourceTransaction]:
        """<p>List source transactions for a given source.</p>

        `GET /v1/sources/{source}/source_transactions`
        """
        from ..models.source_transaction import SourceTransaction

        return self._client.request_list(
            "get",
            "/v1/sources/{source}/source_transactions",
            path_params={
                "source": source,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[SourceTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        source: str,
        source_transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SourceTransaction:
        """<p>Retrieve an existing source transaction object. Supply the unique source ID from a source creation request and the source transaction ID and Stripe will return the corresponding up-to-date source object information.</p>

        `GET /v1/sources/{source}/source_transactions/{source_transaction}`
        """
        from ..models.source_transaction import SourceTransaction

        return self._client.request(
            "get",
            "/v1/sources/{source}/source_transactions/{source_transaction}",
            path_params={
                "source": source,
                "source_transaction": source_transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=SourceTransaction,
            options=request_options,
        )


class AsyncSourcesSourceTransactionsResource:
    """`client.sources.source_transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        source: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SourceTransaction]:
        """<p>List source transactions for a given source.</p>

        `GET /v1/sources/{source}/source_transactions`
        """
        from ..models.source_transaction import SourceTransaction

        return self._client.request_list(
            "get",
            "/v1/sources/{source}/source_transactions",
            path_params={
                "source": source,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[SourceTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        source: str,
        source_transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SourceTransaction:
        """<p>Retrieve an existing source transaction object. Supply the unique source ID from a source creation request and the source transaction ID and Stripe will return the corresponding up-to-date source object information.</p>

        `GET /v1/sources/{source}/source_transactions/{source_transaction}`
        """
        from ..models.source_transaction import SourceTransaction

        return await self._client.request(
            "get",
            "/v1/sources/{source}/source_transactions/{source_transaction}",
            path_params={
                "source": source,
                "source_transaction": source_transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=SourceTransaction,
            options=request_options,
        )
