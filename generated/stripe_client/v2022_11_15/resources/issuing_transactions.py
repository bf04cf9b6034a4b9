# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.issuing.transactions`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.issuing_transaction import IssuingTransaction
    from ..params import IssuingTransactionsListCreatedParams


class IssuingTransactionsResource:
    """`client.issuing.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        card: str | None = None,
        cardholder: str | None = None,
        created: IssuingTransactionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: Literal["capture", "refund"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[IssuingTransaction]:
        """<p>Returns a list of Issuing <code>Transaction</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/transactions`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request_list(
            "get",
            "/v1/issuing/transactions",
            query={
                "card": card,
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=ListObject[IssuingTransaction],
            options=request_options,
        )

    def retrieve(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Retrieves an Issuing <code>Transaction</code> object.</p>

        `GET /v1/issuing/transactions/{transaction}`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request(
            "get",
            "/v1/issuing/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingTransaction,
            options=request_options,
        )

    def update(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Updates the specified Issuing <code>Transaction</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/transactions/{transaction}`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request(
            "post",
            "/v1/issuing/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )


class AsyncIssuingTransactionsResource:
    """`client.issuing.transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        card: str | None = None,
        cardholder: str | None = None,
        created: IssuingTransactionsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        type: Literal["capture", "refund"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[IssuingTransaction]:
        """<p>Returns a list of Issuing <code>Transaction</code> objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.</p>

        `GET /v1/issuing/transactions`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return self._client.request_list(
            "get",
            "/v1/issuing/transactions",
            query={
                "card": card,
                "cardholder": cardholder,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=AsyncListObject[IssuingTransaction],
            options=request_options,
        )

    async def retrieve(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Retrieves an Issuing <code>Transaction</code> object.</p>

        `GET /v1/issuing/transactions/{transaction}`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return await self._client.request(
            "get",
            "/v1/issuing/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=IssuingTransaction,
            options=request_options,
        )

    async def update(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> IssuingTransaction:
        """<p>Updates the specified Issuing <code>Transaction</code> object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/issuing/transactions/{transaction}`
        """
        from ..models.issuing_transaction import IssuingTransaction

        return await self._client.request(
            "post",
            "/v1/issuing/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            body={
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=IssuingTransaction,
            options=request_options,
        )
