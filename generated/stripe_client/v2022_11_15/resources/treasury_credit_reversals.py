# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.credit_reversals`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_credit_reversal import TreasuryCreditReversal


class TreasuryCreditReversalsResource:
    """`client.treasury.credit_reversals`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        received_credit: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryCreditReversal:
        """<p>Reverses a ReceivedCredit and creates a CreditReversal object.</p>

        `POST /v1/treasury/credit_reversals`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return self._client.request(
            "post",
            "/v1/treasury/credit_reversals",
            body={
                "received_credit": received_credit,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryCreditReversal,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        received_credit: str | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "posted", "processing"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryCreditReversal]:
        """<p>Returns a list of CreditReversals.</p>

        `GET /v1/treasury/credit_reversals`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return self._client.request_list(
            "get",
            "/v1/treasury/credit_reversals",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "received_credit": received_credit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryCreditReversal],
            options=request_options,
        )

    def retrieve(
        self,
        credit_reversal: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryCreditReversal:
        """<p>Retrieves the details of an existing CreditReversal by passing the unique CreditReversal ID from either the CreditReversal creation request or CreditReversal list</p>

        `GET /v1/treasury/credit_reversals/{credit_reversal}`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return self._client.request(
            "get",
            "/v1/treasury/credit_reversals/{credit_reversal}",
            path_params={
                "credit_reversal": credit_reversal,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryCreditReversal,
            options=request_options,
        )


class AsyncTreasuryCreditReversalsResource:
    """`client.treasury.credit_reversals` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        received_credit: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryCreditReversal:
        """<p>Reverses a ReceivedCredit and creates a CreditReversal object.</p>

        `POST /v1/treasury/credit_reversals`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return await self._client.request(
            "post",
            "/v1/treasury/credit_reversals",
            body={
                "received_credit": received_credit,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryCreditReversal,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        received_credit: str | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "posted", "processing"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryCreditReversal]:
        """<p>Returns a list of CreditReversals.</p>

        `GET /v1/treasury/credit_reversals`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return self._client.request_list(
            "get",
            "/v1/treasury/credit_reversals",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "received_credit": received_credit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryCreditReversal],
            options=request_options,
        )

    async def retrieve(
        self,
        credit_reversal: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryCreditReversal:
        """<p>Retrieves the details of an existing CreditReversal by passing the unique CreditReversal ID from either the CreditReversal creation request or CreditReversal list</p>

        `GET /v1/treasury/credit_reversals/{credit_reversal}`
        """
        from ..models.treasury_credit_reversal import TreasuryCreditReversal

        return await self._client.request(
            "get",
            "/v1/treasury/credit_reversals/{credit_reversal}",
            path_params={
                "credit_reversal": credit_reversal,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryCreditReversal,
            options=request_options,
        )
