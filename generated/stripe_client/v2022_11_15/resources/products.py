# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.products`: 6 operation(s)."""

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
    from ..models.deleted_product import DeletedProduct
    from ..models.product import Product
    from ..params import ProductsCreateDefaultPriceDataParams
    from ..params import ProductsCreatePackageDimensionsParams
    from ..params import ProductsListCreatedParams
    from ..params import ProductsUpdatePackageDimensionsParams


class ProductsResource:
    """`client.products`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        active: bool | None = None,
        default_price_data: ProductsCreateDefaultPriceDataParams | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        images: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: ProductsCreatePackageDimensionsParams | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | None = None,
        unit_label: str | None = None,
        url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Creates a new product object.</p>

        `POST /v1/products`
        """
        from ..models.product import Product

        return self._client.request(
            "post",
            "/v1/products",
            body={
                "name": name,
                "active": active,
                "default_price_data": default_price_data,
                "description": description,
                "expand": expand,
                "id": id,
                "images": images,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
                "shippable": shippable,
                "statement_descriptor": statement_descriptor,
                "tax_code": tax_code,
                "unit_label": unit_label,
                "url": url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Product,
            options=request_options,
        )

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedProduct:
        """<p>Delete a product. Deleting a product is only possible if it has no prices associated with it. Additionally, deleting a product with <code>type=good</code> is only possible if it has no SKUs associated with it.</p>

        `DELETE /v1/products/{id}`
        """
        from ..models.deleted_product import DeletedProduct

        return self._client.request(
            "delete",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            cast_to=DeletedProduct,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: ProductsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
        shippable: bool | None = None,
        starting_after: str | None = None,
        url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Product]:
        """<p>Returns a list of your products. The products are returned sorted by creation date, with the most recently created products appearing first.</p>

        `GET /v1/products`
        """
        from ..models.product import Product

        return self._client.request_list(
            "get",
            "/v1/products",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "ids": ids,
                "limit": limit,
                "shippable": shippable,
                "starting_after": starting_after,
                "url": url,
            },
            cast_to=ListObject[Product],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Retrieves the details of an existing product. Supply the unique product ID from either a product creation request or the product list, and Stripe will return the corresponding product information.</p>

        `GET /v1/products/{id}`
        """
        from ..models.product import Product

        return self._client.request(
            "get",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Product,
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
    ) -> SearchResult[Product]:
        """<p>Search for products you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/products/search`
        """
        from ..models.product import Product

        return self._client.request_list(
            "get",
            "/v1/products/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Product],
            options=request_options,
        )

    def update(
        self,
        id: str,
        *,
        active: bool | None = None,
        default_price: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        images: Sequence[str] | Literal[""] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        package_dimensions: ProductsUpdatePackageDimensionsParams | Literal[""] | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | Literal[""] | None = None,
        unit_label: str | None = None,
        url: str | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/products/{id}`
        """
        from ..models.product import Product

        return self._client.request(
            "post",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            body={
                "active": active,
                "default_price": default_price,
                "description": description,
                "expand": expand,
                "images": images,
                "metadata": metadata,
                "name": name,
                "package_dimensions": package_dimensions,
                "shippable": shippable,
                "statement_descriptor": statement_descriptor,
                "tax_code": tax_code,
                "unit_label": unit_label,
                "url": url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Product,
            options=request_options,
        )


class AsyncProductsResource:
    """`client.products` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        active: bool | None = None,
        default_price_data: ProductsCreateDefaultPriceDataParams | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        images: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: ProductsCreatePackageDimensionsParams | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | None = None,
        unit_label: str | None = None,
        url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Creates a new product object.</p>

        `POST /v1/products`
        """
        from ..models.product import Product

        return await self._client.request(
            "post",
            "/v1/products",
            body={
                "name": name,
                "active": active,
                "default_price_data": default_price_data,
                "description": description,
                "expand": expand,
                "id": id,
                "images": images,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
                "shippable": shippable,
                "statement_descriptor": statement_descriptor,
                "tax_code": tax_code,
                "unit_label": unit_label,
                "url": url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Product,
            options=request_options,
        )

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedProduct:
        """<p>Delete a product. Deleting a product is only possible if it has no prices associated with it. Additionally, deleting a product with <code>type=good</code> is only possible if it has no SKUs associated with it.</p>

        `DELETE /v1/products/{id}`
        """
        from ..models.deleted_product import DeletedProduct

        return await self._client.request(
            "delete",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            cast_to=DeletedProduct,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        created: ProductsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        limit: int | None = None,
        shippable: bool | None = None,
        starting_after: str | None = None,
        url: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Product]:
        """<p>Returns a list of your products. The products are returned sorted by creation date, with the most recently created products appearing first.</p>

        `GET /v1/products`
        """
        from ..models.product import Product

        return self._client.request_list(
            "get",
            "/v1/products",
            query={
                "active": active,
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "ids": ids,
                "limit": limit,
                "shippable": shippable,
                "starting_after": starting_after,
                "url": url,
            },
            cast_to=AsyncListObject[Product],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Retrieves the details of an existing product. Supply the unique product ID from either a product creation request or the product list, and Stripe will return the corresponding product information.</p>

        `GET /v1/products/{id}`
        """
        from ..models.product import Product

        return await self._client.request(
            "get",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Product,
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
    ) -> AsyncSearchPager[Product]:
        """<p>Search for products you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/products/search`
        """
        from ..models.product import Product

        return self._client.request_list(
            "get",
            "/v1/products/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Product],
            options=request_options,
        )

    async def update(
        self,
        id: str,
        *,
        active: bool | None = None,
        default_price: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        images: Sequence[str] | Literal[""] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        package_dimensions: ProductsUpdatePackageDimensionsParams | Literal[""] | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | Literal[""] | None = None,
        unit_label: str | None = None,
        url: str | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Product:
        """<p>Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/products/{id}`
        """
        from ..models.product import Product

        return await self._client.request(
            "post",
            "/v1/products/{id}",
            path_params={
                "id": id,
            },
            body={
                "active": active,
                "default_price": default_price,
                "description": description,
                "expand": expand,
                "images": images,
                "metadata": metadata,
                "name": name,
                "package_dimensions": package_dimensions,
                "shippable": shippable,
                "statement_descriptor": statement_descriptor,
                "tax_code": tax_code,
                "unit_label": unit_label,
                "url": url,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Product,
            options=request_options,
        )
