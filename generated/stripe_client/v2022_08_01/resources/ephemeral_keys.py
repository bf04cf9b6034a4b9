# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.ephemeral_keys`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.ephemeral_key import EphemeralKey


class EphemeralKeysResource:
    """`client.ephemeral_keys`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        issuing_card: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EphemeralKey:
        """<p>Creates a short-lived API key for a given resource.</p>

        `POST /v1/ephemeral_keys`
        """
        from ..models.ephemeral_key import EphemeralKey

        return self._client.request(
            "post",
            "/v1/ephemeral_keys",
            body={
                "customer": customer,
                "expand": expand,
                "issuing_card": issuing_card,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=EphemeralKey,
            options=request_options,
        )

    def delete(
        self,
        key: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EphemeralKey:
        """<p>Invalidates a short-lived API key for a given resource.</p>

        `DELETE /v1/ephemeral_keys/{key}`
        """
        from ..models.ephemeral_key import EphemeralKey

        return self._client.request(
            "delete",
            "/v1/ephemeral_keys/{key}",
            path_params={
                "key": key,
            },
            query={
                "expand": expand,
            },
            cast_to=EphemeralKey,
            options=request_options,
        )


class AsyncEphemeralKeysResource:
    """`client.ephemeral_keys` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        customer: str | None = None,
        expand: Sequence[str] | None = None,
        issuing_card: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EphemeralKey:
        """<p>Creates a short-lived API key for a given resource.</p>

        `POST /v1/ephemeral_keys`
        """
        from ..models.ephemeral_key import EphemeralKey

        return await self._client.request(
            "post",
            "/v1/ephemeral_keys",
            body={
                "customer": customer,
                "expand": expand,
                "issuing_card": issuing_card,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=EphemeralKey,
            options=request_options,
        )

    async def delete(
        self,
        key: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> EphemeralKey:
        """<p>Invalidates a short-lived API key for a given resource.</p>

        `DELETE /v1/ephemeral_keys/{key}`
        """
        from ..models.ephemeral_key import EphemeralKey

        return await self._client.request(
            "delete",
            "/v1/ephemeral_keys/{key}",
            path_params={
                "key": key,
            },
            query={
                "expand": expand,
            },
            cast_to=EphemeralKey,
            options=request_options,
        )
