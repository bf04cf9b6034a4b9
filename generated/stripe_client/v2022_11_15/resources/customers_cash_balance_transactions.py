# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.cash_balance_transactions`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction


class CustomersCashBalanceTransactionsResource:
    """`client.customers.cash_balance_transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CustomerCashBalanceTransaction]:
        """<p>Returns a list of transactions that modified the customer’s <a href="/docs/payments/customer-balance">cash balance</a>.</p>

        `GET /v1/customers/{customer}/cash_balance_transactions`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/cash_balance_transactions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CustomerCashBalanceTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerCashBalanceTransaction:
        """<p>Retrieves a specific cash balance transaction, which updated the customer’s <a href="/docs/payments/customer-balance">cash balance</a>.</p>

        `GET /v1/customers/{customer}/cash_balance_transactions/{transaction}`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return self._client.request(
            "get",
            "/v1/customers/{customer}/cash_balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=CustomerCashBalanceTransaction,
            options=request_options,
        )


class AsyncCustomersCashBalanceTransactionsResource:
    """`client.customers.cash_balance_transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomerCashBalanceTransaction]:
        """<p>Returns a list of transactions that modified the customer’s <a href="/docs/payments/customer-balance">cash balance</a>.</p>

        `GET /v1/customers/{customer}/cash_balance_transactions`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/cash_balance_transactions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CustomerCashBalanceTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerCashBalanceTransaction:
        """<p>Retrieves a specific cash balance transaction, which updated the customer’s <a href="/docs/payments/customer-balance">cash balance</a>.</p>

        `GET /v1/customers/{customer}/cash_balance_transactions/{transaction}`
        """
        from ..models.customer_cash_balance_transaction import CustomerCashBalanceTransaction

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/cash_balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=CustomerCashBalanceTransaction,
            options=request_options,
        )
