# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.shipping_rates`: 4 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.shipping_rate import ShippingRate
    from ..params import ShippingRatesCreateDeliveryEstimateParams
    from ..params import ShippingRatesCreateFixedAmountParams
    from ..params import ShippingRatesListCreatedParams
    from ..params import ShippingRatesUpdateFixedAmountParams


class ShippingRatesResource:
    """`client.shipping_rates`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        display_name: str,
        delivery_estimate: ShippingRatesCreateDeliveryEstimateParams | None = None,
        expand: Sequence[str] | None = None,
        fixed_amount: ShippingRatesCreateFixedAmountParams | None = None,
        metadata: Mapping[str, str] | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | None = None,
        type: Literal["fixed_amount"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Creates a new shipping rate object.</p>

        `POST /v1/shipping_rates`
        """
        from ..models.shipping_rate import ShippingRate

        return self._client.request(
            "post",
            "/v1/shipping_rates",
            body={
                "display_name": display_name,
                "delivery_estimate": delivery_estimate,
                "expand": expand,
                "fixed_amount": fixed_amount,
                "metadata": metadata,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ShippingRate,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: ShippingRatesListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ShippingRate]:
        """<p>Returns a list of your shipping rates.</p>

        `GET /v1/shipping_rates`
        """
        from ..models.shipping_rate import ShippingRate

        return self._client.request_list(
            "get",
            "/v1/shipping_rates",
            query={
                "active": active,
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ShippingRate],
            options=request_options,
        )

    def retrieve(
        self,
        shipping_rate_token: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Returns the shipping rate object with the given ID.</p>

        `GET /v1/shipping_rates/{shipping_rate_token}`
        """
        from ..models.shipping_rate import ShippingRate

        return self._client.request(
            "get",
            "/v1/shipping_rates/{shipping_rate_token}",
            path_params={
                "shipping_rate_token": shipping_rate_token,
            },
            query={
                "expand": expand,
            },
            cast_to=ShippingRate,
            options=request_options,
        )

    def update(
        self,
        shipping_rate_token: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        fixed_amount: ShippingRatesUpdateFixedAmountParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Updates an existing shipping rate object.</p>

        `POST /v1/shipping_rates/{shipping_rate_token}`
        """
        from ..models.shipping_rate import ShippingRate

        return self._client.request(
            "post",
            "/v1/shipping_rates/{shipping_rate_token}",
            path_params={
                "shipping_rate_token": shipping_rate_token,
            },
            body={
                "active": active,
                "expand": expand,
                "fixed_amount": fixed_amount,
                "metadata": metadata,
                "tax_behavior": tax_behavior,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ShippingRate,
            options=request_options,
        )


class AsyncShippingRatesResource:
    """`client.shipping_rates` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        display_name: str,
        delivery_estimate: ShippingRatesCreateDeliveryEstimateParams | None = None,
        expand: Sequence[str] | None = None,
        fixed_amount: ShippingRatesCreateFixedAmountParams | None = None,
        metadata: Mapping[str, str] | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | None = None,
        type: Literal["fixed_amount"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Creates a new shipping rate object.</p>

        `POST /v1/shipping_rates`
        """
        from ..models.shipping_rate import ShippingRate

        return await self._client.request(
            "post",
            "/v1/shipping_rates",
            body={
                "display_name": display_name,
                "delivery_estimate": delivery_estimate,
                "expand": expand,
                "fixed_amount": fixed_amount,
                "metadata": metadata,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "type": type,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ShippingRate,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: ShippingRatesListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ShippingRate]:
        """<p>Returns a list of your shipping rates.</p>

        `GET /v1/shipping_rates`
        """
        from ..models.shipping_rate import ShippingRate

        return self._client.request_list(
            "get",
            "/v1/shipping_rates",
            query={
                "active": active,
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ShippingRate],
            options=request_options,
        )

    async def retrieve(
        self,
        shipping_rate_token: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Returns the shipping rate object with the given ID.</p>

        `GET /v1/shipping_rates/{shipping_rate_token}`
        """
        from ..models.shipping_rate import ShippingRate

        return await self._client.request(
            "get",
            "/v1/shipping_rates/{shipping_rate_token}",
            path_params={
                "shipping_rate_token": shipping_rate_token,
            },
            query={
                "expand": expand,
            },
            cast_to=ShippingRate,
            options=request_options,
        )

    async def update(
        self,
        shipping_rate_token: str,
        *,
        active: bool | None = None,
        expand: Sequence[str] | None = None,
        fixed_amount: ShippingRatesUpdateFixedAmountParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ShippingRate:
        """<p>Updates an existing shipping rate object.</p>

        `POST /v1/shipping_rates/{shipping_rate_token}`
        """
        from ..models.shipping_rate import ShippingRate

        return await self._client.request(
            "post",
            "/v1/shipping_rates/{shipping_rate_token}",
            path_params={
                "shipping_rate_token": shipping_rate_token,
            },
            body={
                "active": active,
                "expand": expand,
                "fixed_amount": fixed_amount,
                "metadata": metadata,
                "tax_behavior": tax_behavior,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ShippingRate,
            options=request_options,
        )
