# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.account_sessions`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.account_session import AccountSession
    from ..params import AccountSessionsCreateComponentsParams


class AccountSessionsResource:
    """`client.account_sessions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account: str,
        components: AccountSessionsCreateComponentsParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountSession:
        """<p>Creates a AccountSession object that includes a single-use token that the platform can use on their front-end to grant client-side API access.</p>

        `POST /v1/account_sessions`
        """
        from ..models.account_session import AccountSession

        return self._client.request(
            "post",
            "/v1/account_sessions",
            body={
                "account": account,
                "components": components,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AccountSession,
            options=request_options,
        )


class AsyncAccountSessionsResource:
    """`client.account_sessions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account: str,
        components: AccountSessionsCreateComponentsParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AccountSession:
        """<p>Creates a AccountSession object that includes a single-use token that the platform can use on their front-end to grant client-side API access.</p>

        `POST /v1/account_sessions`
        """
        from ..models.account_session import AccountSession

        return await self._client.request(
            "post",
            "/v1/account_sessions",
            body={
                "account": account,
                "components": components,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AccountSession,
            options=request_options,
        )
