# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.debit_reversals`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_debit_reversal import TreasuryDebitReversal


class TreasuryDebitReversalsResource:
    """`client.treasury.debit_reversals`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        received_debit: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryDebitReversal:
        """<p>Reverses a ReceivedDebit and creates a DebitReversal object.</p>

        `POST /v1/treasury/debit_reversals`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return self._client.request(
            "post",
            "/v1/treasury/debit_reversals",
            body={
                "received_debit": received_debit,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryDebitReversal,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        received_debit: str | None = None,
        resolution: Literal["lost", "won"] | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "completed", "processing"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryDebitReversal]:
        """<p>Returns a list of DebitReversals.</p>

        `GET /v1/treasury/debit_reversals`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return self._client.request_list(
            "get",
            "/v1/treasury/debit_reversals",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "received_debit": received_debit,
                "resolution": resolution,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryDebitReversal],
            options=request_options,
        )

    def retrieve(
        self,
        debit_reversal: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryDebitReversal:
        """<p>Retrieves a DebitReversal object.</p>

        `GET /v1/treasury/debit_reversals/{debit_reversal}`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return self._client.request(
            "get",
            "/v1/treasury/debit_reversals/{debit_reversal}",
            path_params={
                "debit_reversal": debit_reversal,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryDebitReversal,
            options=request_options,
        )


class AsyncTreasuryDebitReversalsResource:
    """`client.treasury.debit_reversals` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        received_debit: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryDebitReversal:
        """<p>Reverses a ReceivedDebit and creates a DebitReversal object.</p>

        `POST /v1/treasury/debit_reversals`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return await self._client.request(
            "post",
            "/v1/treasury/debit_reversals",
            body={
                "received_debit": received_debit,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryDebitReversal,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        received_debit: str | None = None,
        resolution: Literal["lost", "won"] | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "completed", "processing"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryDebitReversal]:
        """<p>Returns a list of DebitReversals.</p>

        `GET /v1/treasury/debit_reversals`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return self._client.request_list(
            "get",
            "/v1/treasury/debit_reversals",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "received_debit": received_debit,
                "resolution": resolution,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryDebitReversal],
            options=request_options,
        )

    async def retrieve(
        self,
        debit_reversal: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryDebitReversal:
        """<p>Retrieves a DebitReversal object.</p>

        `GET /v1/treasury/debit_reversals/{debit_reversal}`
        """
        from ..models.treasury_debit_reversal import TreasuryDebitReversal

        return await self._client.request(
            "get",
            "/v1/treasury/debit_reversals/{debit_reversal}",
            path_params={
                "debit_reversal": debit_reversal,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryDebitReversal,
            options=request_options,
        )
