# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscriptions.discount`: 1 operation(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_discount import DeletedDiscount


class SubscriptionsDiscountResource:
    """`client.subscriptions.discount`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def delete(
        self,
        subscription_exposed_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedDiscount:
        """<p>Removes the currently applied discount on a subscription.</p>

        `DELETE /v1/subscriptions/{subscription_exposed_id}/discount`
        """
        from ..models.deleted_discount import DeletedDiscount

        return self._client.request(
            "delete",
            "/v1/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            cast_to=DeletedDiscount,
            options=request_options,
        )


class AsyncSubscriptionsDiscountResource:
    """`client.subscriptions.discount` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def delete(
        self,
        subscription_exposed_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedDiscount:
        """<p>Removes the currently applied discount on a subscription.</p>

        `DELETE /v1/subscriptions/{subscription_exposed_id}/discount`
        """
        from ..models.deleted_discount import DeletedDiscount

        return await self._client.request(
            "delete",
            "/v1/subscriptions/{subscription_exposed_id}/discount",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            cast_to=DeletedDiscount,
            options=request_options,
        )
