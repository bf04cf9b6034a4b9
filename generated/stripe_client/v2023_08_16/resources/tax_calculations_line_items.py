# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax.calculations.line_items`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_calculation_line_item import TaxCalculationLineItem


class TaxCalculationsLineItemsResource:
    """`client.tax.calculations.line_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        calculation: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TaxCalculationLineItem]:
        """<p>Retrieves the line items of a persisted tax calculation as a collection.</p>

        `GET /v1/tax/calculations/{calculation}/line_items`
        """
        from ..models.tax_calculation_line_item import TaxCalculationLineItem

        return self._client.request_list(
            "get",
            "/v1/tax/calculations/{calculation}/line_items",
            path_params={
                "calculation": calculation,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TaxCalculationLineItem],
            options=request_options,
        )


class AsyncTaxCalculationsLineItemsResource:
    """`client.tax.calculations.line_items` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        calculation: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TaxCalculationLineItem]:
        """<p>Retrieves the line items of a persisted tax calculation as a collection.</p>

        `GET /v1/tax/calculations/{calculation}/line_items`
        """
        from ..models.tax_calculation_line_item import TaxCalculationLineItem

        return self._client.request_list(
            "get",
            "/v1/tax/calculations/{calculation}/line_items",
            path_params={
                "calculation": calculation,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TaxCalculationLineItem],
            options=request_options,
        )
