# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.cash_balance`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.cash_balance import CashBalance
    from ..params import CustomersCashBalanceUpdateSettingsParams


class CustomersCashBalanceResource:
    """`client.customers.cash_balance`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CashBalance:
        """<p>Retrieves a customer’s cash balance.</p>

        `GET /v1/customers/{customer}/cash_balance`
        """
        from ..models.cash_balance import CashBalance

        return self._client.request(
            "get",
            "/v1/customers/{customer}/cash_balance",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=CashBalance,
            options=request_options,
        )

    def update(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        settings: CustomersCashBalanceUpdateSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CashBalance:
        """<p>Changes the settings on a customer’s cash balance.</p>

        `POST /v1/customers/{customer}/cash_balance`
        """
        from ..models.cash_balance import CashBalance

        return self._client.request(
            "post",
            "/v1/customers/{customer}/cash_balance",
            path_params={
                "customer": customer,
            },
            body={
                "expand": expand,
                "settings": settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CashBalance,
            options=request_options,
        )


class AsyncCustomersCashBalanceResource:
    """`client.customers.cash_balance` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CashBalance:
        """<p>Retrieves a customer’s cash balance.</p>

        `GET /v1/customers/{customer}/cash_balance`
        """
        from ..models.cash_balance import CashBalance

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/cash_balance",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=CashBalance,
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        settings: CustomersCashBalanceUpdateSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CashBalance:
        """<p>Changes the settings on a customer’s cash balance.</p>

        `POST /v1/customers/{customer}/cash_balance`
        """
        from ..models.cash_balance import CashBalance

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/cash_balance",
            path_params={
                "customer": customer,
            },
            body={
                "expand": expand,
                "settings": settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CashBalance,
            options=request_options,
        )
