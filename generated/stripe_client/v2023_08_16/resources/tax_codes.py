# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax_codes`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_code import TaxCode


class TaxCodesResource:
    """`client.tax_codes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TaxCode]:
        """<p>A list of <a href="https://stripe.com/docs/tax/tax-categories">all tax codes available</a> to add to Products in order to allow specific tax calculations.</p>

        `GET /v1/tax_codes`
        """
        from ..models.tax_code import TaxCode

        return self._client.request_list(
            "get",
            "/v1/tax_codes",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TaxCode],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxCode:
        """<p>Retrieves the details of an existing tax code. Supply the unique tax code ID and Stripe will return the corresponding tax code information.</p>

        `GET /v1/tax_codes/{id}`
        """
        from ..models.tax_code import TaxCode

        return self._client.request(
            "get",
            "/v1/tax_codes/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxCode,
            options=request_options,
        )


class AsyncTaxCodesResource:
    """`client.tax_codes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TaxCode]:
        """<p>A list of <a href="https://stripe.com/docs/tax/tax-categories">all tax codes available</a> to add to Products in order to allow specific tax calculations.</p>

        `GET /v1/tax_codes`
        """
        from ..models.tax_code import TaxCode

        return self._client.request_list(
            "get",
            "/v1/tax_codes",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TaxCode],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxCode:
        """<p>Retrieves the details of an existing tax code. Supply the unique tax code ID and Stripe will return the corresponding tax code information.</p>

        `GET /v1/tax_codes/{id}`
        """
        from ..models.tax_code import TaxCode

        return await self._client.request(
            "get",
            "/v1/tax_codes/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxCode,
            options=request_options,
        )
