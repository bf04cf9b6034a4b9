# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.radar.value_lists`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_radar_value_list import DeletedRadarValueList
    from ..models.radar_value_list import RadarValueList
    from ..params import RadarValueListsListCreatedParams


class RadarValueListsResource:
    """`client.radar.value_lists`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        alias: str,
        name: str,
        expand: Sequence[str] | None = None,
        item_type: (
            Literal[
                "card_bin",
                "card_fingerprint",
                "case_sensitive_string",
                "country",
                "customer_id",
                "email",
                "ip_address",
                "sepa_debit_fingerprint",
                "string",
                "us_bank_account_fingerprint",
            ]
            | None
        ) = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Creates a new <code>ValueList</code> object, which can then be referenced in rules.</p>

        `POST /v1/radar/value_lists`
        """
        from ..models.radar_value_list import RadarValueList

        return self._client.request(
            "post",
            "/v1/radar/value_lists",
            body={
                "alias": alias,
                "name": name,
                "expand": expand,
                "item_type": item_type,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueList,
            options=request_options,
        )

    def delete(
        self,
        value_list: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedRadarValueList:
        """<p>Deletes a <code>ValueList</code> object, also deleting any items contained within the value list. To be deleted, a value list must not be referenced in any rules.</p>

        `DELETE /v1/radar/value_lists/{value_list}`
        """
        from ..models.deleted_radar_value_list import DeletedRadarValueList

        return self._client.request(
            "delete",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            cast_to=DeletedRadarValueList,
            options=request_options,
        )

    def list(
        self,
        *,
        alias: str | None = None,
        contains: str | None = None,
        created: RadarValueListsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[RadarValueList]:
        """<p>Returns a list of <code>ValueList</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/radar/value_lists`
        """
        from ..models.radar_value_list import RadarValueList

        return self._client.request_list(
            "get",
            "/v1/radar/value_lists",
            query={
                "alias": alias,
                "contains": contains,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[RadarValueList],
            options=request_options,
        )

    def retrieve(
        self,
        value_list: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Retrieves a <code>ValueList</code> object.</p>

        `GET /v1/radar/value_lists/{value_list}`
        """
        from ..models.radar_value_list import RadarValueList

        return self._client.request(
            "get",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarValueList,
            options=request_options,
        )

    def update(
        self,
        value_list: str,
        *,
        alias: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Updates a <code>ValueList</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Note that <code>item_type</code> is immutable.</p>

        `POST /v1/radar/value_lists/{value_list}`
        """
        from ..models.radar_value_list import RadarValueList

        return self._client.request(
            "post",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            body={
                "alias": alias,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueList,
            options=request_options,
        )


class AsyncRadarValueListsResource:
    """`client.radar.value_lists` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        alias: str,
        name: str,
        expand: Sequence[str] | None = None,
        item_type: (
            Literal[
                "card_bin",
                "card_fingerprint",
                "case_sensitive_string",
                "country",
                "customer_id",
                "email",
                "ip_address",
                "sepa_debit_fingerprint",
                "string",
                "us_bank_account_fingerprint",
            ]
            | None
        ) = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Creates a new <code>ValueList</code> object, which can then be referenced in rules.</p>

        `POST /v1/radar/value_lists`
        """
        from ..models.radar_value_list import RadarValueList

        return await self._client.request(
            "post",
            "/v1/radar/value_lists",
            body={
                "alias": alias,
                "name": name,
                "expand": expand,
                "item_type": item_type,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueList,
            options=request_options,
        )

    async def delete(
        self,
        value_list: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedRadarValueList:
        """<p>Deletes a <code>ValueList</code> object, also deleting any items contained within the value list. To be deleted, a value list must not be referenced in any rules.</p>

        `DELETE /v1/radar/value_lists/{value_list}`
        """
        from ..models.deleted_radar_value_list import DeletedRadarValueList

        return await self._client.request(
            "delete",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            cast_to=DeletedRadarValueList,
            options=request_options,
        )

    def list(
        self,
        *,
        alias: str | None = None,
        contains: str | None = None,
        created: RadarValueListsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[RadarValueList]:
        """<p>Returns a list of <code>ValueList</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/radar/value_lists`
        """
        from ..models.radar_value_list import RadarValueList

        return self._client.request_list(
            "get",
            "/v1/radar/value_lists",
            query={
                "alias": alias,
                "contains": contains,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[RadarValueList],
            options=request_options,
        )

    async def retrieve(
        self,
        value_list: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Retrieves a <code>ValueList</code> object.</p>

        `GET /v1/radar/value_lists/{value_list}`
        """
        from ..models.radar_value_list import RadarValueList

        return await self._client.request(
            "get",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            query={
                "expand": expand,
            },
            cast_to=RadarValueList,
            options=request_options,
        )

    async def update(
        self,
        value_list: str,
        *,
        alias: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> RadarValueList:
        """<p>Updates a <code>ValueList</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Note that <code>item_type</code> is immutable.</p>

        `POST /v1/radar/value_lists/{value_list}`
        """
        from ..models.radar_value_list import RadarValueList

        return await self._client.request(
            "post",
            "/v1/radar/value_lists/{value_list}",
            path_params={
                "value_list": value_list,
            },
            body={
                "alias": alias,
                "expand": expand,
                "metadata": metadata,
                "name": name,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=RadarValueList,
            options=request_options,
        )
