# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.topups`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.topup import Topup
    from ..params import TopupsListAmountParams
    from ..params import TopupsListCreatedParams


class TopupsResource:
    """`client.topups`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        topup: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Cancels a top-up. Only pending top-ups can be canceled.</p>

        `POST /v1/topups/{topup}/cancel`
        """
        from ..models.topup import Topup

        return self._client.request(
            "post",
            "/v1/topups/{topup}/cancel",
            path_params={
                "topup": topup,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Top up the balance of an account</p>

        `POST /v1/topups`
        """
        from ..models.topup import Topup

        return self._client.request(
            "post",
            "/v1/topups",
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )

    def list(
        self,
        *,
        amount: TopupsListAmountParams | int | None = None,
        created: TopupsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "pending", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Topup]:
        """<p>Returns a list of top-ups.</p>

        `GET /v1/topups`
        """
        from ..models.topup import Topup

        return self._client.request_list(
            "get",
            "/v1/topups",
            query={
                "amount": amount,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[Topup],
            options=request_options,
        )

    def retrieve(
        self,
        topup: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Retrieves the details of a top-up that has previously been created. Supply the unique top-up ID that was returned from your previous request, and Stripe will return the corresponding top-up information.</p>

        `GET /v1/topups/{topup}`
        """
        from ..models.topup import Topup

        return self._client.request(
            "get",
            "/v1/topups/{topup}",
            path_params={
                "topup": topup,
            },
            query={
                "expand": expand,
            },
            cast_to=Topup,
            options=request_options,
        )

    def update(
        self,
        topup: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Updates the metadata of a top-up. Other top-up details are not editable by design.</p>

        `POST /v1/topups/{topup}`
        """
        from ..models.topup import Topup

        return self._client.request(
            "post",
            "/v1/topups/{topup}",
            path_params={
                "topup": topup,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )


class AsyncTopupsResource:
    """`client.topups` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        topup: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Cancels a top-up. Only pending top-ups can be canceled.</p>

        `POST /v1/topups/{topup}/cancel`
        """
        from ..models.topup import Topup

        return await self._client.request(
            "post",
            "/v1/topups/{topup}/cancel",
            path_params={
                "topup": topup,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: str,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Top up the balance of an account</p>

        `POST /v1/topups`
        """
        from ..models.topup import Topup

        return await self._client.request(
            "post",
            "/v1/topups",
            body={
                "amount": amount,
                "currency": currency,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "source": source,
                "statement_descriptor": statement_descriptor,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )

    def list(
        self,
        *,
        amount: TopupsListAmountParams | int | None = None,
        created: TopupsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["canceled", "failed", "pending", "succeeded"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Topup]:
        """<p>Returns a list of top-ups.</p>

        `GET /v1/topups`
        """
        from ..models.topup import Topup

        return self._client.request_list(
            "get",
            "/v1/topups",
            query={
                "amount": amount,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[Topup],
            options=request_options,
        )

    async def retrieve(
        self,
        topup: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Retrieves the details of a top-up that has previously been created. Supply the unique top-up ID that was returned from your previous request, and Stripe will return the corresponding top-up information.</p>

        `GET /v1/topups/{topup}`
        """
        from ..models.topup import Topup

        return await self._client.request(
            "get",
            "/v1/topups/{topup}",
            path_params={
                "topup": topup,
            },
            query={
                "expand": expand,
            },
            cast_to=Topup,
            options=request_options,
        )

    async def update(
        self,
        topup: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Topup:
        """<p>Updates the metadata of a top-up. Other top-up details are not editable by design.</p>

        `POST /v1/topups/{topup}`
        """
        from ..models.topup import Topup

        return await self._client.request(
            "post",
            "/v1/topups/{topup}",
            path_params={
                "topup": topup,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Topup,
            options=request_options,
        )
