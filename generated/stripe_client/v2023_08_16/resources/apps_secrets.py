# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.apps.secrets`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.apps_secret import AppsSecret
    from ..params import AppsSecretsCreateScopeParams
    from ..params import AppsSecretsDeleteScopeParams
    from ..params import AppsSecretsFindScopeParams
    from ..params import AppsSecretsListScopeParams


class AppsSecretsResource:
    """`client.apps.secrets`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        payload: str,
        scope: AppsSecretsCreateScopeParams,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Create or replace a secret in the secret store.</p>

        `POST /v1/apps/secrets`
        """
        from ..models.apps_secret import AppsSecret

        return self._client.request(
            "post",
            "/v1/apps/secrets",
            body={
                "name": name,
                "payload": payload,
                "scope": scope,
                "expand": expand,
                "expires_at": expires_at,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AppsSecret,
            options=request_options,
        )

    def delete(
        self,
        *,
        name: str,
        scope: AppsSecretsDeleteScopeParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Deletes a secret from the secret store by name and scope.</p>

        `POST /v1/apps/secrets/delete`
        """
        from ..models.apps_secret import AppsSecret

        return self._client.request(
            "post",
            "/v1/apps/secrets/delete",
            body={
                "name": name,
                "scope": scope,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AppsSecret,
            options=request_options,
        )

    def find(
        self,
        *,
        name: str,
        scope: AppsSecretsFindScopeParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Finds a secret in the secret store by name and scope.</p>

        `GET /v1/apps/secrets/find`
        """
        from ..models.apps_secret import AppsSecret

        return self._client.request(
            "get",
            "/v1/apps/secrets/find",
            query={
                "name": name,
                "scope": scope,
                "expand": expand,
            },
            cast_to=AppsSecret,
            options=request_options,
        )

    def list(
        self,
        *,
        scope: AppsSecretsListScopeParams,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[AppsSecret]:
        """<p>List all secrets stored on the given scope.</p>

        `GET /v1/apps/secrets`
        """
        from ..models.apps_secret import AppsSecret

        return self._client.request_list(
            "get",
            "/v1/apps/secrets",
            query={
                "scope": scope,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[AppsSecret],
            options=request_options,
        )


class AsyncAppsSecretsResource:
    """`client.apps.secrets` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        payload: str,
        scope: AppsSecretsCreateScopeParams,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Create or replace a secret in the secret store.</p>

        `POST /v1/apps/secrets`
        """
        from ..models.apps_secret import AppsSecret

        return await self._client.request(
            "post",
            "/v1/apps/secrets",
            body={
                "name": name,
                "payload": payload,
                "scope": scope,
                "expand": expand,
                "expires_at": expires_at,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AppsSecret,
            options=request_options,
        )

    async def delete(
        self,
        *,
        name: str,
        scope: AppsSecretsDeleteScopeParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Deletes a secret from the secret store by name and scope.</p>

        `POST /v1/apps/secrets/delete`
        """
        from ..models.apps_secret import AppsSecret

        return await self._client.request(
            "post",
            "/v1/apps/secrets/delete",
            body={
                "name": name,
                "scope": scope,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=AppsSecret,
            options=request_options,
        )

    async def find(
        self,
        *,
        name: str,
        scope: AppsSecretsFindScopeParams,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AppsSecret:
        """<p>Finds a secret in the secret store by name and scope.</p>

        `GET /v1/apps/secrets/find`
        """
        from ..models.apps_secret import AppsSecret

        return await self._client.request(
            "get",
            "/v1/apps/secrets/find",
            query={
                "name": name,
                "scope": scope,
                "expand": expand,
            },
            cast_to=AppsSecret,
            options=request_options,
        )

    def list(
        self,
        *,
        scope: AppsSecretsListScopeParams,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AppsSecret]:
        """<p>List all secrets stored on the given scope.</p>

        `GET /v1/apps/secrets`
        """
        from ..models.apps_secret import AppsSecret

        return self._client.request_list(
            "get",
            "/v1/apps/secrets",
            query={
                "scope": scope,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[AppsSecret],
            options=request_options,
        )
