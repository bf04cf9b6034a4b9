# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.transfers`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.transfer import Transfer
    from ..params import TransfersListCreatedParams
    from .transfers_reversals import TransfersReversalsResource, AsyncTransfersReversalsResource


class TransfersResource:
    """`client.transfers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def reversals(self) -> TransfersReversalsResource:
        from .transfers_reversals import TransfersReversalsResource

        return TransfersReversalsResource(self._client)

    def create(
        self,
        *,
        currency: str,
        destination: str,
        amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source_transaction: str | None = None,
        source_type: Literal["bank_account", "card", "fpx"] | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>To send funds from your Stripe account to a connected account, you create a new transfer object. Your <a href="#balance">Stripe balance</a> must be able to cover the transfer amount, or you’ll receive an “Insufficient Funds” error.</p>

        `POST /v1/transfers`
        """
        from ..models.transfer import Transfer

        return self._client.request(
            "post",
            "/v1/transfers",
            body={
                "currency": currency,
                "destination": destination,
                "amount": amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "source_transaction": source_transaction,
                "source_type": source_type,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Transfer,
            options=request_options,
        )

    def list(
        self,
        *,
        created: TransfersListCreatedParams | int | None = None,
        destination: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Transfer]:
        """<p>Returns a list of existing transfers sent to connected accounts. The transfers are returned in sorted order, with the most recently created transfers appearing first.</p>

        `GET /v1/transfers`
        """
        from ..models.transfer import Transfer

        return self._client.request_list(
            "get",
            "/v1/transfers",
            query={
                "created": created,
                "destination": destination,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "transfer_group": transfer_group,
            },
            cast_to=ListObject[Transfer],
            options=request_options,
        )

    def retrieve(
        self,
        transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>Retrieves the details of an existing transfer. Supply the unique transfer ID from either a transfer creation request or the transfer list, and Stripe will return the corresponding transfer information.</p>

        `GET /v1/transfers/{transfer}`
        """
        from ..models.transfer import Transfer

        return self._client.request(
            "get",
            "/v1/transfers/{transfer}",
            path_params={
                "transfer": transfer,
            },
            query={
                "expand": expand,
            },
            cast_to=Transfer,
            options=request_options,
        )

    def update(
        self,
        transfer: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>Updates the specified transfer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request accepts only metadata as an argument.</p>

        `POST /v1/transfers/{transfer}`
        """
        from ..models.transfer import Transfer

        return self._client.request(
            "post",
            "/v1/transfers/{transfer}",
            path_params={
                "transfer": transfer,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Transfer,
            options=request_options,
        )


class AsyncTransfersResource:
    """`client.transfers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def reversals(self) -> AsyncTransfersReversalsResource:
        from .transfers_reversals import AsyncTransfersReversalsResource

        return AsyncTransfersReversalsResource(self._client)

    async def create(
        self,
        *,
        currency: str,
        destination: str,
        amount: int | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        source_transaction: str | None = None,
        source_type: Literal["bank_account", "card", "fpx"] | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>To send funds from your Stripe account to a connected account, you create a new transfer object. Your <a href="#balance">Stripe balance</a> must be able to cover the transfer amount, or you’ll receive an “Insufficient Funds” error.</p>

        `POST /v1/transfers`
        """
        from ..models.transfer import Transfer

        return await self._client.request(
            "post",
            "/v1/transfers",
            body={
                "currency": currency,
                "destination": destination,
                "amount": amount,
                "description": description,
                "expand": expand,
                "metadata": metadata,
                "source_transaction": source_transaction,
                "source_type": source_type,
                "transfer_group": transfer_group,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Transfer,
            options=request_options,
        )

    def list(
        self,
        *,
        created: TransfersListCreatedParams | int | None = None,
        destination: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Transfer]:
        """<p>Returns a list of existing transfers sent to connected accounts. The transfers are returned in sorted order, with the most recently created transfers appearing first.</p>

        `GET /v1/transfers`
        """
        from ..models.transfer import Transfer

        return self._client.request_list(
            "get",
            "/v1/transfers",
            query={
                "created": created,
                "destination": destination,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "transfer_group": transfer_group,
            },
            cast_to=AsyncListObject[Transfer],
            options=request_options,
        )

    async def retrieve(
        self,
        transfer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>Retrieves the details of an existing transfer. Supply the unique transfer ID from either a transfer creation request or the transfer list, and Stripe will return the corresponding transfer information.</p>

        `GET /v1/transfers/{transfer}`
        """
        from ..models.transfer import Transfer

        return await self._client.request(
            "get",
            "/v1/transfers/{transfer}",
            path_params={
                "transfer": transfer,
            },
            query={
                "expand": expand,
            },
            cast_to=Transfer,
            options=request_options,
        )

    async def update(
        self,
        transfer: str,
        *,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Transfer:
        """<p>Updates the specified transfer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>This request accepts only metadata as an argument.</p>

        `POST /v1/transfers/{transfer}`
        """
        from ..models.transfer import Transfer

        return await self._client.request(
            "post",
            "/v1/transfers/{transfer}",
            path_params={
                "transfer": transfer,
            },
            body={
                "description": description,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Transfer,
            options=request_options,
        )
