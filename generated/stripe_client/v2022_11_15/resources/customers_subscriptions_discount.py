# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.subscriptions.discount`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_discount import DeletedDiscount
    from ..models.discount import Discount


class CustomersSubscriptionsDiscountResource:
    """`client.customers.subscriptions.discount`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def delete(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedDiscount:
        """<p>Removes the currently applied discount on a customer.</p>

        `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`
        """
        from ..models.deleted_discount import DeletedDiscount

        return self._client.request(
            "delete",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            cast_to=DeletedDiscount,
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Discount:
        """`GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`"""
        from ..models.discount import Discount

        return self._client.request(
            "get",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Discount,
            options=request_options,
        )


class AsyncCustomersSubscriptionsDiscountResource:
    """`client.customers.subscriptions.discount` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def delete(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedDiscount:
        """<p>Removes the currently applied discount on a customer.</p>

        `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`
        """
        from ..models.deleted_discount import DeletedDiscount

        return await self._client.request(
            "delete",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            cast_to=DeletedDiscount,
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Discount:
        """`GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`"""
        from ..models.discount import Discount

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Discount,
            options=request_options,
        )
