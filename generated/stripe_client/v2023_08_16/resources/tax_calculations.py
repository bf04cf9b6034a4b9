# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax.calculations`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_calculation import TaxCalculation
    from ..params import TaxCalculationsCreateCustomerDetailsParams
    from ..params import TaxCalculationsCreateLineItemsItemParams
    from ..params import TaxCalculationsCreateShippingCostParams
    from .tax_calculations_line_items import (
        TaxCalculationsLineItemsResource,
        AsyncTaxCalculationsLineItemsResource,
    )


class TaxCalculationsResource:
    """`client.tax.calculations`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> TaxCalculationsLineItemsResource:
        from .tax_calculations_line_items import TaxCalculationsLineItemsResource

        return TaxCalculationsLineItemsResource(self._client)

    def create(
        self,
        *,
        currency: str,
        line_items: Sequence[TaxCalculationsCreateLineItemsItemParams],
        customer: str | None = None,
        customer_details: TaxCalculationsCreateCustomerDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        shipping_cost: TaxCalculationsCreateShippingCostParams | None = None,
        tax_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxCalculation:
        """<p>Calculates tax based on input and returns a Tax <code>Calculation</code> object.</p>

        `POST /v1/tax/calculations`
        """
        from ..models.tax_calculation import TaxCalculation

        return self._client.request(
            "post",
            "/v1/tax/calculations",
            body={
                "currency": currency,
                "line_items": line_items,
                "customer": customer,
                "customer_details": customer_details,
                "expand": expand,
                "shipping_cost": shipping_cost,
                "tax_date": tax_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxCalculation,
            options=request_options,
        )


class AsyncTaxCalculationsResource:
    """`client.tax.calculations` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> AsyncTaxCalculationsLineItemsResource:
        from .tax_calculations_line_items import AsyncTaxCalculationsLineItemsResource

        return AsyncTaxCalculationsLineItemsResource(self._client)

    async def create(
        self,
        *,
        currency: str,
        line_items: Sequence[TaxCalculationsCreateLineItemsItemParams],
        customer: str | None = None,
        customer_details: TaxCalculationsCreateCustomerDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        shipping_cost: TaxCalculationsCreateShippingCostParams | None = None,
        tax_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxCalculation:
        """<p>Calculates tax based on input and returns a Tax <code>Calculation</code> object.</p>

        `POST /v1/tax/calculations`
        """
        from ..models.tax_calculation import TaxCalculation

        return await self._client.request(
            "post",
            "/v1/tax/calculations",
            body={
                "currency": currency,
                "line_items": line_items,
                "customer": customer,
                "customer_details": customer_details,
                "expand": expand,
                "shipping_cost": shipping_cost,
                "tax_date": tax_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxCalculation,
            options=request_options,
        )
