# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.mandates`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.mandate import Mandate


class MandatesResource:
    """`client.mandates`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        mandate: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Mandate:
        """<p>Retrieves a Mandate object.</p>

        `GET /v1/mandates/{mandate}`
        """
        from ..models.mandate import Mandate

        return self._client.request(
            "get",
            "/v1/mandates/{mandate}",
            path_params={
                "mandate": mandate,
            },
            query={
                "expand": expand,
            },
            cast_to=Mandate,
            options=request_options,
        )


class AsyncMandatesResource:
    """`client.mandates` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        mandate: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Mandate:
        """<p>Retrieves a Mandate object.</p>

        `GET /v1/mandates/{mandate}`
        """
        from ..models.mandate import Mandate

        return await self._client.request(
            "get",
            "/v1/mandates/{mandate}",
            path_params={
                "mandate": mandate,
            },
            query={
                "expand": expand,
            },
            cast_to=Mandate,
            options=request_options,
        )
