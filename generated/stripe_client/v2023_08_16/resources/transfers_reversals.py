# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.transfers.reversals`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.transfer_reversal import TransferReversal


class TransfersReversalsResource:
    """`client.transfers.reversals`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        id: str,
        *,
        amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        refund_application_fee: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>When you create a new reversal, you must specify a transfer to create it on.</p>

        <p>When reversing transfers, you can optionally reverse part of the transfer. You can do so as many times as you wish until the entire transfer has been reversed.</p>

        <p>Once entirely reversed, a transfer can’t be reversed again. This method will return an error when called on an already-reversed transfer, or when trying to reverse more money than is left on a transfer.</p>

        `POST /v1/transfers/{id}/reversals`
        """
        from ..models.transfer_reversal import TransferReversal

        return self._client.request(
            "post",
            "/v1/transfers/{id}/reversals",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "refund_application_fee": refund_application_fee,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TransferReversal,
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
    ) -> ListObject[TransferReversal]:
        """<p>You can see a list of the reversals belonging to a specific transfer. Note that the 10 most recent reversals are always available by default on the transfer object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional reversals.</p>

        `GET /v1/transfers/{id}/reversals`
        """
        from ..models.transfer_reversal import TransferReversal

        return self._client.request_list(
            "get",
            "/v1/transfers/{id}/reversals",
            path_params={
                "id": id,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TransferReversal],
            options=request_options,
        )

    def retrieve(
        self,
        transfer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>By default, you can see the 10 most recent reversals stored directly on the transfer object, but you can also retrieve details about a specific reversal stored on the transfer.</p>

        `GET /v1/transfers/{transfer}/reversals/{id}`
        """
        from ..models.transfer_reversal import TransferReversal

        return self._client.request(
            "get",
            "/v1/transfers/{transfer}/reversals/{id}",
            path_params={
                "transfer": transfer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TransferReversal,
            options=request_options,
        )

    def update(
        self,
        transfer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>Updates the specified reversal by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts metadata and description as arguments.</p>

        `POST /v1/transfers/{transfer}/reversals/{id}`
        """
        from ..models.transfer_reversal import TransferReversal

        return self._client.request(
            "post",
            "/v1/transfers/{transfer}/reversals/{id}",
            path_params={
                "transfer": transfer,
                "id": id,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TransferReversal,
            options=request_options,
        )


class AsyncTransfersReversalsResource:
    """`client.transfers.reversals` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        id: str,
        *,
        amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        refund_application_fee: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>When you create a new reversal, you must specify a transfer to create it on.</p>

        <p>When reversing transfers, you can optionally reverse part of the transfer. You can do so as many times as you wish until the entire transfer has been reversed.</p>

        <p>Once entirely reversed, a transfer can’t be reversed again. This method will return an error when called on an already-reversed transfer, or when trying to reverse more money than is left on a transfer.</p>

        `POST /v1/transfers/{id}/reversals`
        """
        from ..models.transfer_reversal import TransferReversal

        return await self._client.request(
            "post",
            "/v1/transfers/{id}/reversals",
            path_params={
                "id": id,
            },
            body={
                "amount": amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "refund_application_fee": refund_application_fee,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TransferReversal,
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
    ) -> AsyncPager[TransferReversal]:
        """<p>You can see a list of the reversals belonging to a specific transfer. Note that the 10 most recent reversals are always available by default on the transfer object. If you need more than those 10, you can use this API method and the <code>limit</code> and <code>starting_after</code> parameters to page through additional reversals.</p>

        `GET /v1/transfers/{id}/reversals`
        """
        from ..models.transfer_reversal import TransferReversal

        return self._client.request_list(
            "get",
            "/v1/transfers/{id}/reversals",
            path_params={
                "id": id,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TransferReversal],
            options=request_options,
        )

    async def retrieve(
        self,
        transfer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>By default, you can see the 10 most recent reversals stored directly on the transfer object, but you can also retrieve details about a specific reversal stored on the transfer.</p>

        `GET /v1/transfers/{transfer}/reversals/{id}`
        """
        from ..models.transfer_reversal import TransferReversal

        return await self._client.request(
            "get",
            "/v1/transfers/{transfer}/reversals/{id}",
            path_params={
                "transfer": transfer,
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TransferReversal,
            options=request_options,
        )

    async def update(
        self,
        transfer: str,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TransferReversal:
        """<p>Updates the specified reversal by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request only accepts metadata and description as arguments.</p>

        `POST /v1/transfers/{transfer}/reversals/{id}`
        """
        from ..models.transfer_reversal import TransferReversal

        return await self._client.request(
            "post",
            "/v1/transfers/{transfer}/reversals/{id}",
            path_params={
                "transfer": transfer,
                "id": id,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TransferReversal,
            options=request_options,
        )
