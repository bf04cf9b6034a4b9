# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.settlements`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_settlement import IssuingSettlement
    from ..params import IssuingSettlementsListCreatedParams


class IssuingSettlementsResource:
    """`client.issuing.settlements`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: IssuingSettlementsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingSettlement]:
        """<p>Returns a list of Issuing <code>Settlement</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/settlements`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return self._client.request_list(
            "get",
            "/v1/issuing/settlements",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[IssuingSettlement],
            options=request_options,
        )

    def retrieve(
        self,
        settlement: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingSettlement:
        """<p>Retrieves an Issuing <code>Settlement</code> object.</p>

        `GET /v1/issuing/settlements/{settlement}`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return self._client.request(
            "get",
            "/v1/issuing/settlements/{settlement}",
            path_params={
                "settlement": settlement,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingSettlement,
            options=request_options,
        )

    def update(
        self,
        settlement: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingSettlement:
        """<p>Updates the specified Issuing <code>Settlement</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/settlements/{settlement}`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return self._client.request(
            "post",
            "/v1/issuing/settlements/{settlement}",
            path_params={
                "settlement": settlement,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingSettlement,
            options=request_options,
        )


class AsyncIssuingSettlementsResource:
    """`client.issuing.settlements` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        created: IssuingSettlementsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingSettlement]:
        """<p>Returns a list of Issuing <code>Settlement</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/settlements`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return self._client.request_list(
            "get",
            "/v1/issuing/settlements",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[IssuingSettlement],
            options=request_options,
        )

    async def retrieve(
        self,
        settlement: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingSettlement:
        """<p>Retrieves an Issuing <code>Settlement</code> object.</p>

        `GET /v1/issuing/settlements/{settlement}`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return await self._client.request(
            "get",
            "/v1/issuing/settlements/{settlement}",
            path_params={
                "settlement": settlement,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingSettlement,
            options=request_options,
        )

    async def update(
        self,
        settlement: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingSettlement:
        """<p>Updates the specified Issuing <code>Settlement</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/settlements/{settlement}`
        """
        from ..models.issuing_settlement import IssuingSettlement

        return await self._client.request(
            "post",
            "/v1/issuing/settlements/{settlement}",
            path_params={
                "settlement": settlement,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingSettlement,
            options=request_options,
        )
