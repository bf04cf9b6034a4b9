# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.account`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.account import Account


class AccountResource:
    """`client.account`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """Retrieve account

        Retrieves the details of the account the request is made for: your own account, or a connected account when the `Stripe-Account` header or an OAuth access token is used.

        `GET /v1/account`
        """
        from ..models.account import Account

        return self._client.request(
            "get",
            "/v1/account",
            query={
                "expand": expand,
            },
            cast_to=Account,
            options=request_options,
        )


class AsyncAccountResource:
    """`client.account` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Account:
        """Retrieve account

        Retrieves the details of the account the request is made for: your own account, or a connected account when the `Stripe-Account` header or an OAuth access token is used.

        `GET /v1/account`
        """
        from ..models.account import Account

        return await self._client.request(
            "get",
            "/v1/account",
            query={
                "expand": expand,
            },
            cast_to=Account,
            options=request_options,
        )
