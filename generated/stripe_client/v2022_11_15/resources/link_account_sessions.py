# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.link_account_sessions`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.financial_connections_session import FinancialConnectionsSession
    from ..params import LinkAccountSessionsCreateAccountHolderParams
    from ..params import LinkAccountSessionsCreateFiltersParams


class LinkAccountSessionsResource:
    """`client.link_account_sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account_holder: LinkAccountSessionsCreateAccountHolderParams,
        permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]],
        expand: Sequence[str] | None = None,
        filters: LinkAccountSessionsCreateFiltersParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsSession:
        """<p>To launch the Financial Connections authorization flow, create a <code>Session</code>. The session’s <code>client_secret</code> can be used to launch the flow using Stripe.js.</p>

        `POST /v1/link_account_sessions`
        """
        from ..models.financial_connections_session import FinancialConnectionsSession

        return self._client.request(
            "post",
            "/v1/link_account_sessions",
            body={
                "account_holder": account_holder,
                "permissions": permissions,
                "expand": expand,
                "filters": filters,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsSession,
            options=request_options,
        )

    def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsSession:
        """<p>Retrieves the details of a Financial Connections <code>Session</code></p>

        `GET /v1/link_account_sessions/{session}`
        """
        from ..models.financial_connections_session import FinancialConnectionsSession

        return self._client.request(
            "get",
            "/v1/link_account_sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=FinancialConnectionsSession,
            options=request_options,
        )


class AsyncLinkAccountSessionsResource:
    """`client.link_account_sessions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account_holder: LinkAccountSessionsCreateAccountHolderParams,
        permissions: Sequence[Literal["balances", "ownership", "payment_method", "transactions"]],
        expand: Sequence[str] | None = None,
        filters: LinkAccountSessionsCreateFiltersParams | None = None,
        return_url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsSession:
        """<p>To launch the Financial Connections authorization flow, create a <code>Session</code>. The session’s <code>client_secret</code> can be used to launch the flow using Stripe.js.</p>

        `POST /v1/link_account_sessions`
        """
        from ..models.financial_connections_session import FinancialConnectionsSession

        return await self._client.request(
            "post",
            "/v1/link_account_sessions",
            body={
                "account_holder": account_holder,
                "permissions": permissions,
                "expand": expand,
                "filters": filters,
                "return_url": return_url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FinancialConnectionsSession,
            options=request_options,
        )

    async def retrieve(
        self,
        session: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FinancialConnectionsSession:
        """<p>Retrieves the details of a Financial Connections <code>Session</code></p>

        `GET /v1/link_account_sessions/{session}`
        """
        from ..models.financial_connections_session import FinancialConnectionsSession

        return await self._client.request(
            "get",
            "/v1/link_account_sessions/{session}",
            path_params={
                "session": session,
            },
            query={
                "expand": expand,
            },
            cast_to=FinancialConnectionsSession,
            options=request_options,
        )
