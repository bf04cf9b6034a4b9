# File generated from spec/ by `python -m generator generate`.
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
        """<p>Retrieves the details of an account.</p>

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
        """<p>Retrieves the details of an account.</p>

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
