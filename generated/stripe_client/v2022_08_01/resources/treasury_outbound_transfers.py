# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.outbound_transfers`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer
    from ..params import TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsParams


class TreasuryOutboundTransfersResource:
    """`client.treasury.outbound_transfers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>An OutboundTransfer can be canceled if the funds have not yet been paid out.</p>

        `POST /v1/treasury/outbound_transfers/{outbound_transfer}/cancel`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "post",
            "/v1/treasury/outbound_transfers/{outbound_transfer}/cancel",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        description: str | None = None,
        destination_payment_method: str | None = None,
        destination_payment_method_options: (
            TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsParams | None
        ) = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Creates an OutboundTransfer.</p>

        `POST /v1/treasury/outbound_transfers`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "post",
            "/v1/treasury/outbound_transfers",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "description": description,
                "destination_payment_method": destination_payment_method,
                "destination_payment_method_options": destination_payment_method_options,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
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
        status: Literal["canceled", "failed", "posted", "processing", "returned"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryOutboundTransfer]:
        """<p>Returns a list of OutboundTransfers sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/outbound_transfers`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request_list(
            "get",
            "/v1/treasury/outbound_transfers",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryOutboundTransfer],
            options=request_options,
        )

    def retrieve(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Retrieves the details of an existing OutboundTransfer by passing the unique OutboundTransfer ID from either the OutboundTransfer creation request or OutboundTransfer list.</p>

        `GET /v1/treasury/outbound_transfers/{outbound_transfer}`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request(
            "get",
            "/v1/treasury/outbound_transfers/{outbound_transfer}",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )


class AsyncTreasuryOutboundTransfersResource:
    """`client.treasury.outbound_transfers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>An OutboundTransfer can be canceled if the funds have not yet been paid out.</p>

        `POST /v1/treasury/outbound_transfers/{outbound_transfer}/cancel`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "post",
            "/v1/treasury/outbound_transfers/{outbound_transfer}/cancel",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        description: str | None = None,
        destination_payment_method: str | None = None,
        destination_payment_method_options: (
            TreasuryOutboundTransfersCreateDestinationPaymentMethodOptionsParams | None
        ) = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Creates an OutboundTransfer.</p>

        `POST /v1/treasury/outbound_transfers`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "post",
            "/v1/treasury/outbound_transfers",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "description": description,
                "destination_payment_method": destination_payment_method,
                "destination_payment_method_options": destination_payment_method_options,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundTransfer,
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
        status: Literal["canceled", "failed", "posted", "processing", "returned"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryOutboundTransfer]:
        """<p>Returns a list of OutboundTransfers sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/outbound_transfers`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return self._client.request_list(
            "get",
            "/v1/treasury/outbound_transfers",
            query={
                "financial_account": financial_account,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryOutboundTransfer],
            options=request_options,
        )

    async def retrieve(
        self,
        outbound_transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundTransfer:
        """<p>Retrieves the details of an existing OutboundTransfer by passing the unique OutboundTransfer ID from either the OutboundTransfer creation request or OutboundTransfer list.</p>

        `GET /v1/treasury/outbound_transfers/{outbound_transfer}`
        """
        from ..models.treasury_outbound_transfer import TreasuryOutboundTransfer

        return await self._client.request(
            "get",
            "/v1/treasury/outbound_transfers/{outbound_transfer}",
            path_params={
                "outbound_transfer": outbound_transfer,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryOutboundTransfer,
            options=request_options,
        )
