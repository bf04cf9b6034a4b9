# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.application_fees.refunds`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.fee_refund import FeeRefund


class ApplicationFeesRefundsResource:
    """`client.application_fees.refunds`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        id: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>Refunds an application fee that has previously been collected but not yet refunded.
        Funds will be refunded to the Stripe account from which the fee was originally collected.</p>

        <p>You can optionally refund only part of an application fee.
        You can do so multiple times, until the entire fee has been refunded.</p>

        <p>Once entirely refunded, an application fee can’t be refunded again.
        This method will raise an error when called on an already-refunded application fee,
        or when trying to refund more money than is left on an application fee.</p>

        `POST /v1/application_fees/{id}/refunds`
        """
        from ..models.fee_refund import FeeRefund

        return self._client.request(
            "post",
            "/v1/application_fees/{id}/refunds",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FeeRefund,
            options=request_options,
        )

    def list(
        self,
        id: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[FeeRefund]:
        """<p>You can see a list of the refunds belonging to a specific application fee. Note that the 10 most recent refunds are always available by default on the application fee object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional refunds.</p>

        `GET /v1/application_fees/{id}/refunds`
        """
        from ..models.fee_refund import FeeRefund

        return self._client.request_list(
            "get",
            "/v1/application_fees/{id}/refunds",
            path_params={
                "id": id,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[FeeRefund],
            options=request_options,
        )

    def retrieve(
        self,
        fee: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>By default, you can see the 10 most recent refunds stored directly on the application fee object, but you can also retrieve details about a specific refund stored on the application fee.</p>

        `GET /v1/application_fees/{fee}/refunds/{id}`
        """
        from ..models.fee_refund import FeeRefund

        return self._client.request(
            "get",
            "/v1/application_fees/{fee}/refunds/{id}",
            path_params={
                "fee": fee,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=FeeRefund,
            options=request_options,
        )

    def update(
        self,
        fee: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>Updates the specified application fee refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts metadata as an argument.</p>

        `POST /v1/application_fees/{fee}/refunds/{id}`
        """
        from ..models.fee_refund import FeeRefund

        return self._client.request(
            "post",
            "/v1/application_fees/{fee}/refunds/{id}",
            path_params={
                "fee": fee,
                "id": id,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FeeRefund,
            options=request_options,
        )


class AsyncApplicationFeesRefundsResource:
    """`client.application_fees.refunds` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        id: str,
        *,
        amount: int | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>Refunds an application fee that has previously been collected but not yet refunded.
        Funds will be refunded to the Stripe account from which the fee was originally collected.</p>

        <p>You can optionally refund only part of an application fee.
        You can do so multiple times, until the entire fee has been refunded.</p>

        <p>Once entirely refunded, an application fee can’t be refunded again.
        This method will raise an error when called on an already-refunded application fee,
        or when trying to refund more money than is left on an application fee.</p>

        `POST /v1/application_fees/{id}/refunds`
        """
        from ..models.fee_refund import FeeRefund

        return await self._client.request(
            "post",
            "/v1/application_fees/{id}/refunds",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FeeRefund,
            options=request_options,
        )

    def list(
        self,
        id: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FeeRefund]:
        """<p>You can see a list of the refunds belonging to a specific application fee. Note that the 10 most recent refunds are always available by default on the application fee object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional refunds.</p>

        `GET /v1/application_fees/{id}/refunds`
        """
        from ..models.fee_refund import FeeRefund

        return self._client.request_list(
            "get",
            "/v1/application_fees/{id}/refunds",
            path_params={
                "id": id,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[FeeRefund],
            options=request_options,
        )

    async def retrieve(
        self,
        fee: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>By default, you can see the 10 most recent refunds stored directly on the application fee object, but you can also retrieve details about a specific refund stored on the application fee.</p>

        `GET /v1/application_fees/{fee}/refunds/{id}`
        """
        from ..models.fee_refund import FeeRefund

        return await self._client.request(
            "get",
            "/v1/application_fees/{fee}/refunds/{id}",
            path_params={
                "fee": fee,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=FeeRefund,
            options=request_options,
        )

    async def update(
        self,
        fee: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> FeeRefund:
        """<p>Updates the specified application fee refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts metadata as an argument.</p>

        `POST /v1/application_fees/{fee}/refunds/{id}`
        """
        from ..models.fee_refund import FeeRefund

        return await self._client.request(
            "post",
            "/v1/application_fees/{fee}/refunds/{id}",
            path_params={
                "fee": fee,
                "id": id,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=FeeRefund,
            options=request_options,
        )
