# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax_rates`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_rate import TaxRate
    from ..params import TaxRatesListCreatedParams


class TaxRatesResource:
    """`client.tax_rates`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        display_name: str,
        inclusive: bool,
        percentage: float,
        active: bool | None = None,
        country: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        jurisdiction: str | None = None,
        metadata: Mapping[str, str] | None = None,
        state: str | None = None,
        tax_type: (
            Literal["gst", "hst", "jct", "pst", "qst", "rst", "sales_tax", "vat"] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Creates a new tax rate.</p>

        `POST /v1/tax_rates`
        """
        from ..models.tax_rate import TaxRate

        return self._client.request(
            "post",
            "/v1/tax_rates",
            body={
                "display_name": display_name,
                "inclusive": inclusive,
                "percentage": percentage,
                "active": active,
                "country": country,
                "description": description,
                "expand": expand,
                "jurisdiction": jurisdiction,
                "metadata": metadata,
                "state": state,
                "tax_type": tax_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxRate,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: TaxRatesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TaxRate]:
        """<p>Returns a list of your tax rates. Tax rates are returned sorted by creation date, with the most recently created tax rates appearing first.</p>

        `GET /v1/tax_rates`
        """
        from ..models.tax_rate import TaxRate

        return self._client.request_list(
            "get",
            "/v1/tax_rates",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "inclusive": inclusive,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TaxRate],
            options=request_options,
        )

    def retrieve(
        self,
        tax_rate: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Retrieves a tax rate with the given ID</p>

        `GET /v1/tax_rates/{tax_rate}`
        """
        from ..models.tax_rate import TaxRate

        return self._client.request(
            "get",
            "/v1/tax_rates/{tax_rate}",
            path_params={
                "tax_rate": tax_rate,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxRate,
            options=request_options,
        )

    def update(
        self,
        tax_rate: str,
        *,
        active: bool | None = None,
        country: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        expand: Sequence[str] | None = None,
        jurisdiction: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        state: str | None = None,
        tax_type: (
            Literal["gst", "hst", "jct", "pst", "qst", "rst", "sales_tax", "vat"] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Updates an existing tax rate.</p>

        `POST /v1/tax_rates/{tax_rate}`
        """
        from ..models.tax_rate import TaxRate

        return self._client.request(
            "post",
            "/v1/tax_rates/{tax_rate}",
            path_params={
                "tax_rate": tax_rate,
            },
            body={
                "active": active,
                "country": country,
                "description": description,
                "display_name": display_name,
                "expand": expand,
                "jurisdiction": jurisdiction,
                "metadata": metadata,
                "state": state,
                "tax_type": tax_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxRate,
            options=request_options,
        )


class AsyncTaxRatesResource:
    """`client.tax_rates` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        display_name: str,
        inclusive: bool,
        percentage: float,
        active: bool | None = None,
        country: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        jurisdiction: str | None = None,
        metadata: Mapping[str, str] | None = None,
        state: str | None = None,
        tax_type: (
            Literal["gst", "hst", "jct", "pst", "qst", "rst", "sales_tax", "vat"] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Creates a new tax rate.</p>

        `POST /v1/tax_rates`
        """
        from ..models.tax_rate import TaxRate

        return await self._client.request(
            "post",
            "/v1/tax_rates",
            body={
                "display_name": display_name,
                "inclusive": inclusive,
                "percentage": percentage,
                "active": active,
                "country": country,
                "description": description,
                "expand": expand,
                "jurisdiction": jurisdiction,
                "metadata": metadata,
                "state": state,
                "tax_type": tax_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxRate,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: TaxRatesListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        inclusive: bool | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TaxRate]:
        """<p>Returns a list of your tax rates. Tax rates are returned sorted by creation date, with the most recently created tax rates appearing first.</p>

        `GET /v1/tax_rates`
        """
        from ..models.tax_rate import TaxRate

        return self._client.request_list(
            "get",
            "/v1/tax_rates",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "inclusive": inclusive,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TaxRate],
            options=request_options,
        )

    async def retrieve(
        self,
        tax_rate: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Retrieves a tax rate with the given ID</p>

        `GET /v1/tax_rates/{tax_rate}`
        """
        from ..models.tax_rate import TaxRate

        return await self._client.request(
            "get",
            "/v1/tax_rates/{tax_rate}",
            path_params={
                "tax_rate": tax_rate,
            },
            query={
                "expand": expand,
            },
            cast_to=TaxRate,
            options=request_options,
        )

    async def update(
        self,
        tax_rate: str,
        *,
        active: bool | None = None,
        country: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        expand: Sequence[str] | None = None,
        jurisdiction: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        state: str | None = None,
        tax_type: (
            Literal["gst", "hst", "jct", "pst", "qst", "rst", "sales_tax", "vat"] | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> TaxRate:
        """<p>Updates an existing tax rate.</p>

        `POST /v1/tax_rates/{tax_rate}`
        """
        from ..models.tax_rate import TaxRate

        return await self._client.request(
            "post",
            "/v1/tax_rates/{tax_rate}",
            path_params={
                "tax_rate": tax_rate,
            },
            body={
                "active": active,
                "country": country,
                "description": description,
                "display_name": display_name,
                "expand": expand,
                "jurisdiction": jurisdiction,
                "metadata": metadata,
                "state": state,
                "tax_type": tax_type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=TaxRate,
            options=request_options,
        )
