# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.radar.value_list_items`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_radar_value_list_item import DeletedRadarValueListItem
    from ..models.radar_value_list_item import RadarValueListItem
    from ..params import RadarValueListItemsListCreatedParams


class RadarValueListItemsResource:
    """`client.radar.value_list_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        value: str,
        value_list: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueListItem:
        """<p>Creates a new <code>ValueListItem</code> object, which is added to the specified parent value list.</p>

        `POST /v1/radar/value_list_items`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return self._client.request(
            "post",
            "/v1/radar/value_list_items",
            body={
                "value": value,
                "value_list": value_list,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueListItem,
            options=request_options,
        )

    def delete(
        self,
        item: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedRadarValueListItem:
        """<p>Deletes a <code>ValueListItem</code> object, removing it from its parent value list.</p>

        `DELETE /v1/radar/value_list_items/{item}`
        """
        from ..models.deleted_radar_value_list_item import DeletedRadarValueListItem

        return self._client.request(
            "delete",
            "/v1/radar/value_list_items/{item}",
            path_params={
                "item": item,
            },
            cast_to=DeletedRadarValueListItem,
            options=request_options,
        )

    def list(
        self,
        *,
        value_list: str,
        created: RadarValueListItemsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        value: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[RadarValueListItem]:
        """<p>Returns a list of <code>ValueListItem</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/radar/value_list_items`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return self._client.request_list(
            "get",
            "/v1/radar/value_list_items",
            query={
                "value_list": value_list,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "value": value,
            },
            cast_to=ListObject[RadarValueListItem],
            options=request_options,
        )

    def retrieve(
        self,
        item: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueListItem:
        """<p>Retrieves a <code>ValueListItem</code> object.</p>

        `GET /v1/radar/value_list_items/{item}`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return self._client.request(
            "get",
            "/v1/radar/value_list_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarValueListItem,
            options=request_options,
        )


class AsyncRadarValueListItemsResource:
    """`client.radar.value_list_items` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        value: str,
        value_list: str,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueListItem:
        """<p>Creates a new <code>ValueListItem</code> object, which is added to the specified parent value list.</p>

        `POST /v1/radar/value_list_items`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return await self._client.request(
            "post",
            "/v1/radar/value_list_items",
            body={
                "value": value,
                "value_list": value_list,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueListItem,
            options=request_options,
        )

    async def delete(
        self,
        item: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedRadarValueListItem:
        """<p>Deletes a <code>ValueListItem</code> object, removing it from its parent value list.</p>

        `DELETE /v1/radar/value_list_items/{item}`
        """
        from ..models.deleted_radar_value_list_item import DeletedRadarValueListItem

        return await self._client.request(
            "delete",
            "/v1/radar/value_list_items/{item}",
            path_params={
                "item": item,
            },
            cast_to=DeletedRadarValueListItem,
            options=request_options,
        )

    def list(
        self,
        *,
        value_list: str,
        created: RadarValueListItemsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        value: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[RadarValueListItem]:
        """<p>Returns a list of <code>ValueListItem</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/radar/value_list_items`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return self._client.request_list(
            "get",
            "/v1/radar/value_list_items",
            query={
                "value_list": value_list,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "value": value,
            },
            cast_to=AsyncListObject[RadarValueListItem],
            options=request_options,
        )

    async def retrieve(
        self,
        item: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueListItem:
        """<p>Retrieves a <code>ValueListItem</code> object.</p>

        `GET /v1/radar/value_list_items/{item}`
        """
        from ..models.radar_value_list_item import RadarValueListItem

        return await self._client.request(
            "get",
            "/v1/radar/value_list_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarValueListItem,
            options=request_options,
        )
