# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.linked_accounts.owners`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.financial_connections_account_owner import FinancialConnectionsAccountOwner


class LinkedAccountsOwnersResource:
    """`client.linked_accounts.owners`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        account: str,
        *,
        ownership: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[FinancialConnectionsAccountOwner]:
        """<p>Lists all owners for a given <code>Account</code></p>

        `GET /v1/linked_accounts/{account}/owners`
        """
        from ..models.financial_connections_account_owner import FinancialConnectionsAccountOwner

        return self._client.request_list(
            "get",
            "/v1/linked_accounts/{account}/owners",
            path_params={
                "account": account,
            },
            query={
                "ownership": ownership,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[FinancialConnectionsAccountOwner],
            options=request_options,
        )


class AsyncLinkedAccountsOwnersResource:
    """`client.linked_accounts.owners` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        account: str,
        *,
        ownership: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FinancialConnectionsAccountOwner]:
        """<p>Lists all owners for a given <code>Account</code></p>

        `GET /v1/linked_accounts/{account}/owners`
        """
        from ..models.financial_connections_account_owner import FinancialConnectionsAccountOwner

        return self._client.request_list(
            "get",
            "/v1/linked_accounts/{account}/owners",
            path_params={
                "account": account,
            },
            query={
                "ownership": ownership,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[FinancialConnectionsAccountOwner],
            options=request_options,
        )
