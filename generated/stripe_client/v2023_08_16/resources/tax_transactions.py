# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax.transactions`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_transaction import TaxTransaction
    from ..params import TaxTransactionsCreateReversalLineItemsItemParams
    from ..params import TaxTransactionsCreateReversalShippingCostParams
    from .tax_transactions_line_items import (
        TaxTransactionsLineItemsResource,
        AsyncTaxTransactionsLineItemsResource,
    )


class TaxTransactionsResource:
    """`client.tax.transactions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> TaxTransactionsLineItemsResource:
        from .tax_transactions_line_items import TaxTransactionsLineItemsResource

        return TaxTransactionsLineItemsResource(self._client)

    def create_from_calculation(
        self,
        *,
        calculation: str,
        reference: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Creates a Tax <code>Transaction</code> from a calculation.</p>

        `POST /v1/tax/transactions/create_from_calculation`
        """
        from ..models.tax_transaction import TaxTransaction

        return self._client.request(
            "post",
            "/v1/tax/transactions/create_from_calculation",
            body={
                "calculation": calculation,
                "reference": reference,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxTransaction,
            options=request_options,
        )

    def create_reversal(
        self,
        *,
        mode: Literal["full", "partial"],
        original_transaction: str,
        reference: str,
        expand: Sequence[str] | None = None,
        flat_amount: int | None = None,
        line_items: Sequence[TaxTransactionsCreateReversalLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        shipping_cost: TaxTransactionsCreateReversalShippingCostParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Partially or fully reverses a previously created <code>Transaction</code>.</p>

        `POST /v1/tax/transactions/create_reversal`
        """
        from ..models.tax_transaction import TaxTransaction

        return self._client.request(
            "post",
            "/v1/tax/transactions/create_reversal",
            body={
                "mode": mode,
                "original_transaction": original_transaction,
                "reference": reference,
                "expand": expand,
                "flat_amount": flat_amount,
                "line_items": line_items,
                "metadata": metadata,
                "shipping_cost": shipping_cost,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxTransaction,
            options=request_options,
        )

    def retrieve(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Retrieves a Tax <code>Transaction</code> object.</p>

        `GET /v1/tax/transactions/{transaction}`
        """
        from ..models.tax_transaction import TaxTransaction

        return self._client.request(
            "get",
            "/v1/tax/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxTransaction,
            options=request_options,
        )


class AsyncTaxTransactionsResource:
    """`client.tax.transactions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> AsyncTaxTransactionsLineItemsResource:
        from .tax_transactions_line_items import AsyncTaxTransactionsLineItemsResource

        return AsyncTaxTransactionsLineItemsResource(self._client)

    async def create_from_calculation(
        self,
        *,
        calculation: str,
        reference: str,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Creates a Tax <code>Transaction</code> from a calculation.</p>

        `POST /v1/tax/transactions/create_from_calculation`
        """
        from ..models.tax_transaction import TaxTransaction

        return await self._client.request(
            "post",
            "/v1/tax/transactions/create_from_calculation",
            body={
                "calculation": calculation,
                "reference": reference,
                "expand": expand,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxTransaction,
            options=request_options,
        )

    async def create_reversal(
        self,
        *,
        mode: Literal["full", "partial"],
        original_transaction: str,
        reference: str,
        expand: Sequence[str] | None = None,
        flat_amount: int | None = None,
        line_items: Sequence[TaxTransactionsCreateReversalLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        shipping_cost: TaxTransactionsCreateReversalShippingCostParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Partially or fully reverses a previously created <code>Transaction</code>.</p>

        `POST /v1/tax/transactions/create_reversal`
        """
        from ..models.tax_transaction import TaxTransaction

        return await self._client.request(
            "post",
            "/v1/tax/transactions/create_reversal",
            body={
                "mode": mode,
                "original_transaction": original_transaction,
                "reference": reference,
                "expand": expand,
                "flat_amount": flat_amount,
                "line_items": line_items,
                "metadata": metadata,
                "shipping_cost": shipping_cost,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxTransaction,
            options=request_options,
        )

    async def retrieve(
        self,
        transaction: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxTransaction:
        """<p>Retrieves a Tax <code>Transaction</code> object.</p>

        `GET /v1/tax/transactions/{transaction}`
        """
        from ..models.tax_transaction import TaxTransaction

        return await self._client.request(
            "get",
            "/v1/tax/transactions/{transaction}",
            path_params={
                "transaction": transaction,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxTransaction,
            options=request_options,
        )
