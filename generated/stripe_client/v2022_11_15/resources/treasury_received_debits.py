# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.received_debits`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_received_debit import TreasuryReceivedDebit


class TreasuryReceivedDebitsResource:
    """`client.treasury.received_debits`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["failed", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryReceivedDebit]:
        """<p>Returns a list of ReceivedDebits.</p>

        `GET /v1/treasury/received_debits`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return self._client.request_list(
            "get",
            "/v1/treasury/received_debits",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryReceivedDebit],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedDebit:
        """<p>Retrieves the details of an existing ReceivedDebit by passing the unique ReceivedDebit ID from the ReceivedDebit list</p>

        `GET /v1/treasury/received_debits/{id}`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return self._client.request(
            "get",
            "/v1/treasury/received_debits/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryReceivedDebit,
            options=request_options,
        )


class AsyncTreasuryReceivedDebitsResource:
    """`client.treasury.received_debits` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["failed", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryReceivedDebit]:
        """<p>Returns a list of ReceivedDebits.</p>

        `GET /v1/treasury/received_debits`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return self._client.request_list(
            "get",
            "/v1/treasury/received_debits",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryReceivedDebit],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryReceivedDebit:
        """<p>Retrieves the details of an existing ReceivedDebit by passing the unique ReceivedDebit ID from the ReceivedDebit list</p>

        `GET /v1/treasury/received_debits/{id}`
        """
        from ..models.treasury_received_debit import TreasuryReceivedDebit

        return await self._client.request(
            "get",
            "/v1/treasury/received_debits/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryReceivedDebit,
            options=request_options,
        )
