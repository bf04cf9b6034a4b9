# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.sources.mandate_notifications`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.source_mandate_notification import SourceMandateNotification


class SourcesMandateNotificationsResource:
    """`client.sources.mandate_notifications`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        source: str,
        mandate_notification: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SourceMandateNotification:
        """<p>Retrieves a new Source MandateNotification.</p>

        `GET /v1/sources/{source}/mandate_notifications/{mandate_notification}`
        """
        from ..models.source_mandate_notification import SourceMandateNotification

        return self._client.request(
            "get",
            "/v1/sources/{source}/mandate_notifications/{mandate_notification}",
            path_params={
                "source": source,
                "mandate_notification": mandate_notification,
            },
            query={
                "expand": expand,
            },
            cast_to=SourceMandateNotification,
            options=request_options,
        )


class AsyncSourcesMandateNotificationsResource:
    """`client.sources.mandate_notifications` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        source: str,
        mandate_notification: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SourceMandateNotification:
        """<p>Retrieves a new Source MandateNotification.</p>

        `GET /v1/sources/{source}/mandate_notifications/{mandate_notification}`
        """
        from ..models.source_mandate_notification import SourceMandateNotification

        return await self._client.request(
            "get",
            "/v1/sources/{source}/mandate_notifications/{mandate_notification}",
            path_params={
                "source": source,
                "mandate_notification": mandate_notification,
            },
            query={
                "expand": expand,
            },
            cast_to=SourceMandateNotification,
            options=request_options,
        )
