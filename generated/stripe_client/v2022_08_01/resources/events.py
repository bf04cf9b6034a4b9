# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.events`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.event import Event
    from ..params import EventsListCreatedParams


class EventsResource:
    """`client.events`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: EventsListCreatedParams | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Event]:
        """<p>List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in <a href="/docs/api/events/object">event object</a> <code>api_version</code> attribute (not according to your current Stripe API version or <code>Stripe-Version</code> header).</p>

        `GET /v1/events`
        """
        from ..models.event import Event

        return self._client.request_list(
            "get",
            "/v1/events",
            query={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "types": types,
            },
            cast_to=ListObject[Event],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """<p>Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.</p>

        `GET /v1/events/{id}`
        """
        from ..models.event import Event

        result = self._client.request(
            "get",
            "/v1/events/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Event,
            options=request_options,
        )
        return cast("Event", result)


class AsyncEventsResource:
    """`client.events` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: EventsListCreatedParams | int | None = None,
        delivery_success: bool | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        types: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Event]:
        """<p>List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in <a href="/docs/api/events/object">event object</a> <code>api_version</code> attribute (not according to your current Stripe API version or <code>Stripe-Version</code> header).</p>

        `GET /v1/events`
        """
        from ..models.event import Event

        return self._client.request_list(
            "get",
            "/v1/events",
            query={
                "created": created,
                "delivery_success": delivery_success,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
                "types": types,
            },
            cast_to=AsyncListObject[Event],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """<p>Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.</p>

        `GET /v1/events/{id}`
        """
        from ..models.event import Event

        result = await self._client.request(
            "get",
            "/v1/events/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Event,
            options=request_options,
        )
        return cast("Event", result)
