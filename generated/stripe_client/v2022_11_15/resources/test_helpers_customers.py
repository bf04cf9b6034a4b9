# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.test_helpers.customers`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction


class TestHelpersCustomersResource:
    """`client.test_helpers.customers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def fund_cash_balance(
        self,
        customer: str,
        *,
        amount: int,
        currency: str,
        expand: Sequence[str] | None = None,
        reference: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerCashBalanceTransaction:
        """<p>Create an incoming testmode bank transfer</p>

        `POST /v1/test_helpers/customers/{customer}/fund_cash_balance`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return self._client.request(
            "post",
            "/v1/test_helpers/customers/{customer}/fund_cash_balance",
            path_params={
                "customer": customer,
            },
            body={
                "amount": amount,
                "currency": currency,
                "expand": expand,
                "reference": reference,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerCashBalanceTransaction,
            options=request_options,
        )


class AsyncTestHelpersCustomersResource:
    """`client.test_helpers.customers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def fund_cash_balance(
        self,
        customer: str,
        *,
        amount: int,
        currency: str,
        expand: Sequence[str] | None = None,
        reference: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerCashBalanceTransaction:
        """<p>Create an incoming testmode bank transfer</p>

        `POST /v1/test_helpers/customers/{customer}/fund_cash_balance`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return await self._client.request(
            "post",
            "/v1/test_helpers/customers/{customer}/fund_cash_balance",
            path_params={
                "customer": customer,
            },
            body={
                "amount": amount,
                "currency": currency,
                "expand": expand,
                "reference": reference,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerCashBalanceTransaction,
            options=request_options,
        )
