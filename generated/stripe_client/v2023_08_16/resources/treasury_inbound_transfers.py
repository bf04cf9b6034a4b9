# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.inbound_transfers`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_inbound_transfer import TreasuryInboundTransfer


class TreasuryInboundTransfersResource:
    """`client.treasury.inbound_transfers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        inbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Cancels an InboundTransfer.</p>

        `POST /v1/treasury/inbound_transfers/{inbound_transfer}/cancel`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "post",
            "/v1/treasury/inbound_transfers/{inbound_transfer}/cancel",
            path_params={
                "inbound_transfer": inbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        origin_payment_method: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Creates an InboundTransfer.</p>

        `POST /v1/treasury/inbound_transfers`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "post",
            "/v1/treasury/inbound_transfers",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "origin_payment_method": origin_payment_method,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "processing", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryInboundTransfer]:
        """<p>Returns a list of InboundTransfers sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/inbound_transfers`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request_list(
            "get",
            "/v1/treasury/inbound_transfers",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryInboundTransfer],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Retrieves the details of an existing InboundTransfer.</p>

        `GET /v1/treasury/inbound_transfers/{id}`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request(
            "get",
            "/v1/treasury/inbound_transfers/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )


class AsyncTreasuryInboundTransfersResource:
    """`client.treasury.inbound_transfers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        inbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Cancels an InboundTransfer.</p>

        `POST /v1/treasury/inbound_transfers/{inbound_transfer}/cancel`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "post",
            "/v1/treasury/inbound_transfers/{inbound_transfer}/cancel",
            path_params={
                "inbound_transfer": inbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        origin_payment_method: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Creates an InboundTransfer.</p>

        `POST /v1/treasury/inbound_transfers`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "post",
            "/v1/treasury/inbound_transfers",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "origin_payment_method": origin_payment_method,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "processing", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryInboundTransfer]:
        """<p>Returns a list of InboundTransfers sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/inbound_transfers`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return self._client.request_list(
            "get",
            "/v1/treasury/inbound_transfers",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryInboundTransfer],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryInboundTransfer:
        """<p>Retrieves the details of an existing InboundTransfer.</p>

        `GET /v1/treasury/inbound_transfers/{id}`
        """
        from ..models.treasury_inbound_transfer import TreasuryInboundTransfer

        return await self._client.request(
            "get",
            "/v1/treasury/inbound_transfers/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryInboundTransfer,
            options=request_options,
        )
