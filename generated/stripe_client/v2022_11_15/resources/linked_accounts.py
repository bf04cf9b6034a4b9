# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.linked_accounts`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.financial_connections_account import FinancialConnectionsAccount
    from ..params import LinkedAccountsListAccountHolderParams
    from .linked_accounts_owners import (
        LinkedAccountsOwnersResource,
        AsyncLinkedAccountsOwnersResource,
    )


class LinkedAccountsResource:
    """`client.linked_accounts`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def owners(self) -> LinkedAccountsOwnersResource:
        from .linked_accounts_owners import LinkedAccountsOwnersResource

        return LinkedAccountsOwnersResource(self._client)

    def disconnect(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Disables your access to a Financial Connections <code>Account</code>. You will no longer be able to access data associated with the account (e.g. balances, transactions).</p>

        `POST /v1/linked_accounts/{account}/disconnect`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return self._client.request(
            "post",
            "/v1/linked_accounts/{account}/disconnect",
            path_params={
                "account": account,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        account_holder: LinkedAccountsListAccountHolderParams | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        session: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[FinancialConnectionsAccount]:
        """<p>Returns a list of Financial Connections <code>Account</code> objects.</p>

        `GET /v1/linked_accounts`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return self._client.request_list(
            "get",
            "/v1/linked_accounts",
            query={
                "account_holder": account_holder,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "session": session,
                "starting_after": starting_after,
            },
            cast_to=ListObject[FinancialConnectionsAccount],
            options=request_options,
        )

    def refresh(
        self,
        account: str,
        *,
        features: Sequence[Literal["balance", "ownership"]],
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Refreshes the data associated with a Financial Connections <code>Account</code>.</p>

        `POST /v1/linked_accounts/{account}/refresh`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return self._client.request(
            "post",
            "/v1/linked_accounts/{account}/refresh",
            path_params={
                "account": account,
            },
            body={
                "features": features,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )

    def retrieve(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Retrieves the details of an Financial Connections <code>Account</code>.</p>

        `GET /v1/linked_accounts/{account}`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return self._client.request(
            "get",
            "/v1/linked_accounts/{account}",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )


class AsyncLinkedAccountsResource:
    """`client.linked_accounts` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def owners(self) -> AsyncLinkedAccountsOwnersResource:
        from .linked_accounts_owners import AsyncLinkedAccountsOwnersResource

        return AsyncLinkedAccountsOwnersResource(self._client)

    async def disconnect(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Disables your access to a Financial Connections <code>Account</code>. You will no longer be able to access data associated with the account (e.g. balances, transactions).</p>

        `POST /v1/linked_accounts/{account}/disconnect`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return await self._client.request(
            "post",
            "/v1/linked_accounts/{account}/disconnect",
            path_params={
                "account": account,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )

    def list(
        self,
        *,
        account_holder: LinkedAccountsListAccountHolderParams | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        session: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FinancialConnectionsAccount]:
        """<p>Returns a list of Financial Connections <code>Account</code> objects.</p>

        `GET /v1/linked_accounts`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return self._client.request_list(
            "get",
            "/v1/linked_accounts",
            query={
                "account_holder": account_holder,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "session": session,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[FinancialConnectionsAccount],
            options=request_options,
        )

    async def refresh(
        self,
        account: str,
        *,
        features: Sequence[Literal["balance", "ownership"]],
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Refreshes the data associated with a Financial Connections <code>Account</code>.</p>

        `POST /v1/linked_accounts/{account}/refresh`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return await self._client.request(
            "post",
            "/v1/linked_accounts/{account}/refresh",
            path_params={
                "account": account,
            },
            body={
                "features": features,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )

    async def retrieve(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsAccount:
        """<p>Retrieves the details of an Financial Connections <code>Account</code>.</p>

        `GET /v1/linked_accounts/{account}`
        """
        from ..models.financial_connections_account import FinancialConnectionsAccount

        return await self._client.request(
            "get",
            "/v1/linked_accounts/{account}",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=FinancialConnectionsAccount,
            options=request_options,
        )
