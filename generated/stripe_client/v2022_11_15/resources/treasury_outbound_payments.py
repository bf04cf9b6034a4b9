# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.treasury.outbound_payments`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.treasury_outbound_payment import TreasuryOutboundPayment
    from ..params import TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataParams
    from ..params import TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsParams
    from ..params import TreasuryOutboundPaymentsCreateEndUserDetailsParams


class TreasuryOutboundPaymentsResource:
    """`client.treasury.outbound_payments`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Cancel an OutboundPayment.</p>

        `POST /v1/treasury/outbound_payments/{id}/cancel`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "post",
            "/v1/treasury/outbound_payments/{id}/cancel",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        customer: str | None = None,
        description: str | None = None,
        destination_payment_method: str | None = None,
        destination_payment_method_data: (
            TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataParams | None
        ) = None,
        destination_payment_method_options: (
            TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsParams | None
        ) = None,
        end_user_details: TreasuryOutboundPaymentsCreateEndUserDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Creates an OutboundPayment.</p>

        `POST /v1/treasury/outbound_payments`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "post",
            "/v1/treasury/outbound_payments",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "customer": customer,
                "description": description,
                "destination_payment_method": destination_payment_method,
                "destination_payment_method_data": destination_payment_method_data,
                "destination_payment_method_options": destination_payment_method_options,
                "end_user_details": end_user_details,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "posted", "processing", "returned"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TreasuryOutboundPayment]:
        """<p>Returns a list of OutboundPayments sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/outbound_payments`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request_list(
            "get",
            "/v1/treasury/outbound_payments",
            query={
                "financial_account": financial_account,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[TreasuryOutboundPayment],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Retrieves the details of an existing OutboundPayment by passing the unique OutboundPayment ID from either the OutboundPayment creation request or OutboundPayment list.</p>

        `GET /v1/treasury/outbound_payments/{id}`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request(
            "get",
            "/v1/treasury/outbound_payments/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )


class AsyncTreasuryOutboundPaymentsResource:
    """`client.treasury.outbound_payments` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Cancel an OutboundPayment.</p>

        `POST /v1/treasury/outbound_payments/{id}/cancel`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "post",
            "/v1/treasury/outbound_payments/{id}/cancel",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        financial_account: str,
        customer: str | None = None,
        description: str | None = None,
        destination_payment_method: str | None = None,
        destination_payment_method_data: (
            TreasuryOutboundPaymentsCreateDestinationPaymentMethodDataParams | None
        ) = None,
        destination_payment_method_options: (
            TreasuryOutboundPaymentsCreateDestinationPaymentMethodOptionsParams | None
        ) = None,
        end_user_details: TreasuryOutboundPaymentsCreateEndUserDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        statement_descriptor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Creates an OutboundPayment.</p>

        `POST /v1/treasury/outbound_payments`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "post",
            "/v1/treasury/outbound_payments",
            body={
                "amount": amount,
                "currency": currency,
                "financial_account": financial_account,
                "customer": customer,
                "description": description,
                "destination_payment_method": destination_payment_method,
                "destination_payment_method_data": destination_payment_method_data,
                "destination_payment_method_options": destination_payment_method_options,
                "end_user_details": end_user_details,
                "expand": expand,
                "metadata": metadata,
                "statement_descriptor": statement_descriptor,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )

    def list(
        self,
        *,
        financial_account: str,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "posted", "processing", "returned"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TreasuryOutboundPayment]:
        """<p>Returns a list of OutboundPayments sent from the specified FinancialAccount.</p>

        `GET /v1/treasury/outbound_payments`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return self._client.request_list(
            "get",
            "/v1/treasury/outbound_payments",
            query={
                "financial_account": financial_account,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[TreasuryOutboundPayment],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TreasuryOutboundPayment:
        """<p>Retrieves the details of an existing OutboundPayment by passing the unique OutboundPayment ID from either the OutboundPayment creation request or OutboundPayment list.</p>

        `GET /v1/treasury/outbound_payments/{id}`
        """
        from ..models.treasury_outbound_payment import TreasuryOutboundPayment

        return await self._client.request(
            "get",
            "/v1/treasury/outbound_payments/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TreasuryOutboundPayment,
            options=request_options,
        )
