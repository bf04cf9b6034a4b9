# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.balance_transactions`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.customer_balance_transaction import CustomerBalanceTransaction


class CustomersBalanceTransactionsResource:
    """`client.customers.balance_transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        customer: str,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Creates an immutable transaction that updates the customer’s credit <a href="/docs/billing/customer/balance">balance</a>.</p>

        `POST /v1/customers/{customer}/balance_transactions`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return self._client.request(
            "post",
            "/v1/customers/{customer}/balance_transactions",
            path_params={
                "customer": customer,
            },
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CustomerBalanceTransaction]:
        """<p>Returns a list of transactions that updated the customer’s <a href="/docs/billing/customer/balance">balances</a>.</p>

        `GET /v1/customers/{customer}/balance_transactions`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/balance_transactions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CustomerBalanceTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Retrieves a specific customer balance transaction that updated the customer’s <a href="/docs/billing/customer/balance">balances</a>.</p>

        `GET /v1/customers/{customer}/balance_transactions/{transaction}`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return self._client.request(
            "get",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )

    def update(
        self,
        customer: str,
        transaction: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Most credit balance transaction fields are immutable, but you may update its <code>description</code> and <code>metadata</code>.</p>

        `POST /v1/customers/{customer}/balance_transactions/{transaction}`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return self._client.request(
            "post",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )


class AsyncCustomersBalanceTransactionsResource:
    """`client.customers.balance_transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        customer: str,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Creates an immutable transaction that updates the customer’s credit <a href="/docs/billing/customer/balance">balance</a>.</p>

        `POST /v1/customers/{customer}/balance_transactions`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/balance_transactions",
            path_params={
                "customer": customer,
            },
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomerBalanceTransaction]:
        """<p>Returns a list of transactions that updated the customer’s <a href="/docs/billing/customer/balance">balances</a>.</p>

        `GET /v1/customers/{customer}/balance_transactions`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/balance_transactions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CustomerBalanceTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Retrieves a specific customer balance transaction that updated the customer’s <a href="/docs/billing/customer/balance">balances</a>.</p>

        `GET /v1/customers/{customer}/balance_transactions/{transaction}`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        transaction: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CustomerBalanceTransaction:
        """<p>Most credit balance transaction fields are immutable, but you may update its <code>description</code> and <code>metadata</code>.</p>

        `POST /v1/customers/{customer}/balance_transactions/{transaction}`
        """
        from ..models.customer_balance_transaction import CustomerBalanceTransaction

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
            path_params={
                "customer": customer,
                "transaction": transaction,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CustomerBalanceTransaction,
            options=request_options,
        )
