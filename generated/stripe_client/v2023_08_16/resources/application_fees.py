# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.application_fees`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.application_fee import ApplicationFee
    from ..params import ApplicationFeesListCreatedParams
    from .application_fees_refunds import (
        ApplicationFeesRefundsResource,
        AsyncApplicationFeesRefundsResource,
    )


class ApplicationFeesResource:
    """`client.application_fees`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def refunds(self) -> ApplicationFeesRefundsResource:
        from .application_fees_refunds import ApplicationFeesRefundsResource

        return ApplicationFeesRefundsResource(self._client)

    def list(
        self,
        *,
        charge: str | None = None,
        created: ApplicationFeesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ApplicationFee]:
        """<p>Returns a list of application fees you’ve previously collected. The application fees are returned in sorted order, with the most recent fees appearing first.</p>

        `GET /v1/application_fees`
        """
        from ..models.application_fee import ApplicationFee

        return self._client.request_list(
            "get",
            "/v1/application_fees",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ApplicationFee],
            options=request_options,
        )

    def refund(
        self,
        id: str,
        *,
        amount: int | None = None,
        directive: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationFee:
        """`POST /v1/application_fees/{id}/refund`"""
        from ..models.application_fee import ApplicationFee

        return self._client.request(
            "post",
            "/v1/application_fees/{id}/refund",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "directive": directive,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ApplicationFee,
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationFee:
        """<p>Retrieves the details of an application fee that your account has collected. The same information is returned when refunding the application fee.</p>

        `GET /v1/application_fees/{id}`
        """
        from ..models.application_fee import ApplicationFee

        return self._client.request(
            "get",
            "/v1/application_fees/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=ApplicationFee,
            options=request_options,
        )


class AsyncApplicationFeesResource:
    """`client.application_fees` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def refunds(self) -> AsyncApplicationFeesRefundsResource:
        from .application_fees_refunds import AsyncApplicationFeesRefundsResource

        return AsyncApplicationFeesRefundsResource(self._client)

    def list(
        self,
        *,
        charge: str | None = None,
        created: ApplicationFeesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplicationFee]:
        """<p>Returns a list of application fees you’ve previously collected. The application fees are returned in sorted order, with the most recent fees appearing first.</p>

        `GET /v1/application_fees`
        """
        from ..models.application_fee import ApplicationFee

        return self._client.request_list(
            "get",
            "/v1/application_fees",
            query={
                "charge": charge,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ApplicationFee],
            options=request_options,
        )

    async def refund(
        self,
        id: str,
        *,
        amount: int | None = None,
        directive: str | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationFee:
        """`POST /v1/application_fees/{id}/refund`"""
        from ..models.application_fee import ApplicationFee

        return await self._client.request(
            "post",
            "/v1/application_fees/{id}/refund",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "directive": directive,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ApplicationFee,
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApplicationFee:
        """<p>Retrieves the details of an application fee that your account has collected. The same information is returned when refunding the application fee.</p>

        `GET /v1/application_fees/{id}`
        """
        from ..models.application_fee import ApplicationFee

        return await self._client.request(
            "get",
            "/v1/application_fees/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=ApplicationFee,
            options=request_options,
        )
