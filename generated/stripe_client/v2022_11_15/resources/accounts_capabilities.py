# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.accounts.capabilities`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.capability import Capability


class AccountsCapabilitiesResource:
    """`client.accounts.capabilities`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Capability]:
        """<p>Returns a list of capabilities associated with the account. The capabilities are returned sorted by creation date, with the most recent capability appearing first.</p>

        `GET /v1/accounts/{account}/capabilities`
        """
        from ..models.capability import Capability

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/capabilities",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=ListObject[Capability],
            options=request_options,
        )

    def retrieve(
        self,
        account: str,
        capability: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Capability:
        """<p>Retrieves information about the specified Account Capability.</p>

        `GET /v1/accounts/{account}/capabilities/{capability}`
        """
        from ..models.capability import Capability

        return self._client.request(
            "get",
            "/v1/accounts/{account}/capabilities/{capability}",
            path_params={
                "account": account,
                "capability": capability,
            },
            query={
                "expand": expand,
            },
            cast_to=Capability,
            options=request_options,
        )

    def update(
        self,
        account: str,
        capability: str,
        *,
        expand: Sequence[str] | None = None,
        requested: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Capability:
        """<p>Updates an existing Account Capability.</p>

        `POST /v1/accounts/{account}/capabilities/{capability}`
        """
        from ..models.capability import Capability

        return self._client.request(
            "post",
            "/v1/accounts/{account}/capabilities/{capability}",
            path_params={
                "account": account,
                "capability": capability,
            },
            body={
                "expand": expand,
                "requested": requested,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Capability,
            options=request_options,
        )


class AsyncAccountsCapabilitiesResource:
    """`client.accounts.capabilities` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        account: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Capability]:
        """<p>Returns a list of capabilities associated with the account. The capabilities are returned sorted by creation date, with the most recent capability appearing first.</p>

        `GET /v1/accounts/{account}/capabilities`
        """
        from ..models.capability import Capability

        return self._client.request_list(
            "get",
            "/v1/accounts/{account}/capabilities",
            path_params={
                "account": account,
            },
            query={
                "expand": expand,
            },
            cast_to=AsyncListObject[Capability],
            options=request_options,
        )

    async def retrieve(
        self,
        account: str,
        capability: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Capability:
        """<p>Retrieves information about the specified Account Capability.</p>

        `GET /v1/accounts/{account}/capabilities/{capability}`
        """
        from ..models.capability import Capability

        return await self._client.request(
            "get",
            "/v1/accounts/{account}/capabilities/{capability}",
            path_params={
                "account": account,
                "capability": capability,
            },
            query={
                "expand": expand,
            },
            cast_to=Capability,
            options=request_options,
        )

    async def update(
        self,
        account: str,
        capability: str,
        *,
        expand: Sequence[str] | None = None,
        requested: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Capability:
        """<p>Updates an existing Account Capability.</p>

        `POST /v1/accounts/{account}/capabilities/{capability}`
        """
        from ..models.capability import Capability

        return await self._client.request(
            "post",
            "/v1/accounts/{account}/capabilities/{capability}",
            path_params={
                "account": account,
                "capability": capability,
            },
            body={
                "expand": expand,
                "requested": requested,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Capability,
            options=request_options,
        )
