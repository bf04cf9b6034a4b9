# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.skus`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_sku import DeletedSku
    from ..models.sku import Sku
    from ..params import SkusCreateInventoryParams
    from ..params import SkusCreatePackageDimensionsParams
    from ..params import SkusUpdateInventoryParams
    from ..params import SkusUpdatePackageDimensionsParams


class SkusResource:
    """`client.skus`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        currency: str,
        inventory: SkusCreateInventoryParams,
        price: int,
        product: str,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        image: str | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: SkusCreatePackageDimensionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku:
        """<p>Creates a new SKU associated with a product.</p>

        `POST /v1/skus`
        """
        from ..models.sku import Sku

        return self._client.request(
            "post",
            "/v1/skus",
            body={
                "currency": currency,
                "inventory": inventory,
                "price": price,
                "product": product,
                "active": active,
                "attributes": attributes,
                "expand": expand,
                "id": id,
                "image": image,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Sku,
            options=request_options,
        )

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedSku:
        """<p>Delete a SKU. Deleting a SKU is only possible until it has been used in an order.</p>

        `DELETE /v1/skus/{id}`
        """
        from ..models.deleted_sku import DeletedSku

        return self._client.request(
            "delete",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            cast_to=DeletedSku,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        in_stock: bool | None = None,
        limit: int | None = None,
        product: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Sku]:
        """<p>Returns a list of your SKUs. The SKUs are returned sorted by creation date, with the most recently created SKUs appearing first.</p>

        `GET /v1/skus`
        """
        from ..models.sku import Sku

        return self._client.request_list(
            "get",
            "/v1/skus",
            query={
                "active": active,
                "attributes": attributes,
                "ending_before": ending_before,
                "expand": expand,
                "ids": ids,
                "in_stock": in_stock,
                "limit": limit,
                "product": product,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Sku],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku | DeletedSku:
        """<p>Retrieves the details of an existing SKU. Supply the unique SKU identifier from either a SKU creation request or from the product, and Stripe will return the corresponding SKU information.</p>

        `GET /v1/skus/{id}`
        """
        from ..models.deleted_sku import DeletedSku
        from ..models.sku import Sku

        result = self._client.request(
            "get",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Sku | DeletedSku,
            options=request_options,
        )
        return cast("Sku | DeletedSku", result)

    def update(
        self,
        id: str,
        *,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        image: str | None = None,
        inventory: SkusUpdateInventoryParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        package_dimensions: SkusUpdatePackageDimensionsParams | Literal[""] | None = None,
        price: int | None = None,
        product: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku:
        """<p>Updates the specific SKU by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>Note that a SKU’s <code>attributes</code> are not editable. Instead, you would need to deactivate the existing SKU and create a new one with the new attribute values.</p>

        `POST /v1/skus/{id}`
        """
        from ..models.sku import Sku

        return self._client.request(
            "post",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            body={
                "active": active,
                "attributes": attributes,
                "currency": currency,
                "expand": expand,
                "image": image,
                "inventory": inventory,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
                "price": price,
                "product": product,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Sku,
            options=request_options,
        )


class AsyncSkusResource:
    """`client.skus` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        currency: str,
        inventory: SkusCreateInventoryParams,
        price: int,
        product: str,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        expand: Sequence[str] | None = None,
        id: str | None = None,
        image: str | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: SkusCreatePackageDimensionsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku:
        """<p>Creates a new SKU associated with a product.</p>

        `POST /v1/skus`
        """
        from ..models.sku import Sku

        return await self._client.request(
            "post",
            "/v1/skus",
            body={
                "currency": currency,
                "inventory": inventory,
                "price": price,
                "product": product,
                "active": active,
                "attributes": attributes,
                "expand": expand,
                "id": id,
                "image": image,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Sku,
            options=request_options,
        )

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedSku:
        """<p>Delete a SKU. Deleting a SKU is only possible until it has been used in an order.</p>

        `DELETE /v1/skus/{id}`
        """
        from ..models.deleted_sku import DeletedSku

        return await self._client.request(
            "delete",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            cast_to=DeletedSku,
            options=request_options,
        )

    def list(
        self,
        *,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        in_stock: bool | None = None,
        limit: int | None = None,
        product: str | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Sku]:
        """<p>Returns a list of your SKUs. The SKUs are returned sorted by creation date, with the most recently created SKUs appearing first.</p>

        `GET /v1/skus`
        """
        from ..models.sku import Sku

        return self._client.request_list(
            "get",
            "/v1/skus",
            query={
                "active": active,
                "attributes": attributes,
                "ending_before": ending_before,
                "expand": expand,
                "ids": ids,
                "in_stock": in_stock,
                "limit": limit,
                "product": product,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Sku],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku | DeletedSku:
        """<p>Retrieves the details of an existing SKU. Supply the unique SKU identifier from either a SKU creation request or from the product, and Stripe will return the corresponding SKU information.</p>

        `GET /v1/skus/{id}`
        """
        from ..models.deleted_sku import DeletedSku
        from ..models.sku import Sku

        result = await self._client.request(
            "get",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Sku | DeletedSku,
            options=request_options,
        )
        return cast("Sku | DeletedSku", result)

    async def update(
        self,
        id: str,
        *,
        active: bool | None = None,
        attributes: Mapping[str, str] | None = None,
        currency: str | None = None,
        expand: Sequence[str] | None = None,
        image: str | None = None,
        inventory: SkusUpdateInventoryParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        package_dimensions: SkusUpdatePackageDimensionsParams | Literal[""] | None = None,
        price: int | None = None,
        product: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Sku:
        """<p>Updates the specific SKU by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        <p>Note that a SKU’s <code>attributes</code> are not editable. Instead, you would need to deactivate the existing SKU and create a new one with the new attribute values.</p>

        `POST /v1/skus/{id}`
        """
        from ..models.sku import Sku

        return await self._client.request(
            "post",
            "/v1/skus/{id}",
            path_params={
                "id": id,
            },
            body={
                "active": active,
                "attributes": attributes,
                "currency": currency,
                "expand": expand,
                "image": image,
                "inventory": inventory,
                "metadata": metadata,
                "package_dimensions": package_dimensions,
                "price": price,
                "product": product,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Sku,
            options=request_options,
        )
