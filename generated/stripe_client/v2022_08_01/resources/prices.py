# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.prices`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import (
    AsyncListObject,
    AsyncPager,
    AsyncSearchPager,
    AsyncSearchResult,
    ListObject,
    SearchResult,
)
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.price import Price
    from ..params import PricesCreateCurrencyOptionsValueParams
    from ..params import PricesCreateCustomUnitAmountParams
    from ..params import PricesCreateProductDataParams
    from ..params import PricesCreateRecurringParams
    from ..params import PricesCreateTiersItemParams
    from ..params import PricesCreateTransformQuantityParams
    from ..params import PricesListCreatedParams
    from ..params import PricesListRecurringParams
    from ..params import PricesUpdateCurrencyOptionsValueParams


class PricesResource:
    """`client.prices`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        currency: str,
        active: bool | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        currency_options: Mapping[str, PricesCreateCurrencyOptionsValueParams] | None = None,
        custom_unit_amount: PricesCreateCustomUnitAmountParams | None = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        product_data: PricesCreateProductDataParams | None = None,
        recurring: PricesCreateRecurringParams | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tiers: Sequence[PricesCreateTiersItemParams] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transfer_lookup_key: bool | None = None,
        transform_quantity: PricesCreateTransformQuantityParams | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Creates a new price for an existing product. The price can be recurring or one-time.</p>

        `POST /v1/prices`
        """
        from ..models.price import Price

        return self._client.request(
            "post",
            "/v1/prices",
            body={
                "currency": currency,
                "active": active,
                "billing_scheme": billing_scheme,
                "currency_options": currency_options,
                "custom_unit_amount": custom_unit_amount,
                "expand": expand,
                "lookup_key": lookup_key,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "product_data": product_data,
                "recurring": recurring,
                "tax_behavior": tax_behavior,
                "tiers": tiers,
                "tiers_mode": tiers_mode,
                "transfer_lookup_key": transfer_lookup_key,
                "transform_quantity": transform_quantity,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Price,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: PricesListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        lookup_keys: Sequence[str] | None = None,
        product: str | None = None,
        recurring: PricesListRecurringParams | None = None,
        starting_after: str | None = None,
        type: Literal["one_time", "recurring"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Price]:
        """<p>Returns a list of your prices.</p>

        `GET /v1/prices`
        """
        from ..models.price import Price

        return self._client.request_list(
            "get",
            "/v1/prices",
            query={
                "active": active,
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "lookup_keys": lookup_keys,
                "product": product,
                "recurring": recurring,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=ListObject[Price],
            options=request_options,
        )

    def retrieve(
        self,
        price: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Retrieves the price with the given ID.</p>

        `GET /v1/prices/{price}`
        """
        from ..models.price import Price

        return self._client.request(
            "get",
            "/v1/prices/{price}",
            path_params={
                "price": price,
            },
            query={
                "expand": expand,
            },
            cast_to=Price,
            options=request_options,
        )

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchResult[Price]:
        """<p>Search for prices you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/prices/search`
        """
        from ..models.price import Price

        return self._client.request_list(
            "get",
            "/v1/prices/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Price],
            options=request_options,
        )

    def update(
        self,
        price: str,
        *,
        active: bool | None = None,
        currency_options: (
            Mapping[str, PricesUpdateCurrencyOptionsValueParams] | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        transfer_lookup_key: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Updates the specified price by setting the values of the parameters passed. Any parameters not provided are left unchanged.</p>

        `POST /v1/prices/{price}`
        """
        from ..models.price import Price

        return self._client.request(
            "post",
            "/v1/prices/{price}",
            path_params={
                "price": price,
            },
            body={
                "active": active,
                "currency_options": currency_options,
                "expand": expand,
                "lookup_key": lookup_key,
                "metadata": metadata,
                "nickname": nickname,
                "tax_behavior": tax_behavior,
                "transfer_lookup_key": transfer_lookup_key,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Price,
            options=request_options,
        )


class AsyncPricesResource:
    """`client.prices` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        currency: str,
        active: bool | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        currency_options: Mapping[str, PricesCreateCurrencyOptionsValueParams] | None = None,
        custom_unit_amount: PricesCreateCustomUnitAmountParams | None = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        product_data: PricesCreateProductDataParams | None = None,
        recurring: PricesCreateRecurringParams | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tiers: Sequence[PricesCreateTiersItemParams] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transfer_lookup_key: bool | None = None,
        transform_quantity: PricesCreateTransformQuantityParams | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Creates a new price for an existing product. The price can be recurring or one-time.</p>

        `POST /v1/prices`
        """
        from ..models.price import Price

        return await self._client.request(
            "post",
            "/v1/prices",
            body={
                "currency": currency,
                "active": active,
                "billing_scheme": billing_scheme,
                "currency_options": currency_options,
                "custom_unit_amount": custom_unit_amount,
                "expand": expand,
                "lookup_key": lookup_key,
                "metadata": metadata,
                "nickname": nickname,
                "product": product,
                "product_data": product_data,
                "recurring": recurring,
                "tax_behavior": tax_behavior,
                "tiers": tiers,
                "tiers_mode": tiers_mode,
                "transfer_lookup_key": transfer_lookup_key,
                "transform_quantity": transform_quantity,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Price,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: PricesListCreatedParams | int | None = None,
        currency: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        lookup_keys: Sequence[str] | None = None,
        product: str | None = None,
        recurring: PricesListRecurringParams | None = None,
        starting_after: str | None = None,
        type: Literal["one_time", "recurring"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Price]:
        """<p>Returns a list of your prices.</p>

        `GET /v1/prices`
        """
        from ..models.price import Price

        return self._client.request_list(
            "get",
            "/v1/prices",
            query={
                "active": active,
                "created": created,
                "currency": currency,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "lookup_keys": lookup_keys,
                "product": product,
                "recurring": recurring,
                "starting_after": starting_after,
                "type": type,
            },
            cast_to=AsyncListObject[Price],
            options=request_options,
        )

    async def retrieve(
        self,
        price: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Retrieves the price with the given ID.</p>

        `GET /v1/prices/{price}`
        """
        from ..models.price import Price

        return await self._client.request(
            "get",
            "/v1/prices/{price}",
            path_params={
                "price": price,
            },
            query={
                "expand": expand,
            },
            cast_to=Price,
            options=request_options,
        )

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncSearchPager[Price]:
        """<p>Search for prices you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/prices/search`
        """
        from ..models.price import Price

        return self._client.request_list(
            "get",
            "/v1/prices/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Price],
            options=request_options,
        )

    async def update(
        self,
        price: str,
        *,
        active: bool | None = None,
        currency_options: (
            Mapping[str, PricesUpdateCurrencyOptionsValueParams] | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        nickname: str | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        transfer_lookup_key: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Price:
        """<p>Updates the specified price by setting the values of the parameters passed. Any parameters not provided are left unchanged.</p>

        `POST /v1/prices/{price}`
        """
        from ..models.price import Price

        return await self._client.request(
            "post",
            "/v1/prices/{price}",
            path_params={
                "price": price,
            },
            body={
                "active": active,
                "currency_options": currency_options,
                "expand": expand,
                "lookup_key": lookup_key,
                "metadata": metadata,
                "nickname": nickname,
                "tax_behavior": tax_behavior,
                "transfer_lookup_key": transfer_lookup_key,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Price,
            options=request_options,
        )
