# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscriptions`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

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
    from ..models.subscription import Subscription
    from ..params import SubscriptionsCancelCancellationDetailsParams
    from ..params import SubscriptionsCreateAutomaticTaxParams
    from ..params import SubscriptionsCreateItemsItemParams
    from ..params import SubscriptionsListCreatedParams
    from ..params import SubscriptionsUpdateCancellationDetailsParams
    from ..params import SubscriptionsUpdateItemsItemParams
    from ..params import SubscriptionsUpdatePauseCollectionParams


class SubscriptionsResource:
    """`client.subscriptions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cancel(
        self,
        subscription_exposed_id: str,
        *,
        cancellation_details: SubscriptionsCancelCancellationDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel a subscription

        Cancels a customer's subscription immediately. The customer will not be charged again for the subscription. (To cancel at the end of the period, update `cancel_at_period_end` instead.)

        `DELETE /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "delete",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "cancellation_details": cancellation_details,
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            cast_to=Subscription,
            options=request_options,
        )

    def create(
        self,
        *,
        customer: str,
        automatic_tax: SubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Create a subscription

        Creates a new subscription on an existing customer. Each customer can have up to 500 active or scheduled subscriptions.

        `POST /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/subscriptions",
            body={
                "customer": customer,
                "automatic_tax": automatic_tax,
                "backdate_start_date": backdate_start_date,
                "billing_cycle_anchor": billing_cycle_anchor,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "collection_method": collection_method,
                "coupon": coupon,
                "currency": currency,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "trial_end": trial_end,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        *,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: SubscriptionsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        price: str | None = None,
        starting_after: str | None = None,
        status: (
            Literal[
                "active",
                "all",
                "canceled",
                "ended",
                "incomplete",
                "incomplete_expired",
                "past_due",
                "paused",
                "trialing",
                "unpaid",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Subscription]:
        """List subscriptions

        By default, returns a list of subscriptions that have not been canceled; pass `status=all` to include canceled ones.

        `GET /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions",
            query={
                "collection_method": collection_method,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "price": price,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=ListObject[Subscription],
            options=request_options,
        )

    def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Retrieve a subscription

        `GET /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "get",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Subscription,
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
    ) -> SearchResult[Subscription]:
        """Search subscriptions

        Search for subscriptions you've previously created using Stripe's Search Query Language.

        `GET /v1/subscriptions/search`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Subscription],
            options=request_options,
        )

    def update(
        self,
        subscription_exposed_id: str,
        *,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: SubscriptionsUpdateCancellationDetailsParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        pause_collection: SubscriptionsUpdatePauseCollectionParams | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        trial_end: Literal["now"] | int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Update a subscription

        Updates an existing subscription to match the specified parameters (change prices or quantities, pause collection, schedule cancellation, ...).

        `POST /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            body={
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "cancellation_details": cancellation_details,
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "pause_collection": pause_collection,
                "payment_behavior": payment_behavior,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "trial_end": trial_end,
            },
            body_type="form",
            cast_to=Subscription,
            options=request_options,
        )


class AsyncSubscriptionsResource:
    """`client.subscriptions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cancel(
        self,
        subscription_exposed_id: str,
        *,
        cancellation_details: SubscriptionsCancelCancellationDetailsParams | None = None,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel a subscription

        Cancels a customer's subscription immediately. The customer will not be charged again for the subscription. (To cancel at the end of the period, update `cancel_at_period_end` instead.)

        `DELETE /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "delete",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "cancellation_details": cancellation_details,
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            cast_to=Subscription,
            options=request_options,
        )

    async def create(
        self,
        *,
        customer: str,
        automatic_tax: SubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Create a subscription

        Creates a new subscription on an existing customer. Each customer can have up to 500 active or scheduled subscriptions.

        `POST /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/subscriptions",
            body={
                "customer": customer,
                "automatic_tax": automatic_tax,
                "backdate_start_date": backdate_start_date,
                "billing_cycle_anchor": billing_cycle_anchor,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "collection_method": collection_method,
                "coupon": coupon,
                "currency": currency,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "trial_end": trial_end,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        *,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: SubscriptionsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        price: str | None = None,
        starting_after: str | None = None,
        status: (
            Literal[
                "active",
                "all",
                "canceled",
                "ended",
                "incomplete",
                "incomplete_expired",
                "past_due",
                "paused",
                "trialing",
                "unpaid",
            ]
            | None
        ) = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Subscription]:
        """List subscriptions

        By default, returns a list of subscriptions that have not been canceled; pass `status=all` to include canceled ones.

        `GET /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions",
            query={
                "collection_method": collection_method,
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "price": price,
                "starting_after": starting_after,
                "status": status,
            },
            cast_to=AsyncListObject[Subscription],
            options=request_options,
        )

    async def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Retrieve a subscription

        `GET /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "get",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Subscription,
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
    ) -> AsyncSearchPager[Subscription]:
        """Search subscriptions

        Search for subscriptions you've previously created using Stripe's Search Query Language.

        `GET /v1/subscriptions/search`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Subscription],
            options=request_options,
        )

    async def update(
        self,
        subscription_exposed_id: str,
        *,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: SubscriptionsUpdateCancellationDetailsParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        pause_collection: SubscriptionsUpdatePauseCollectionParams | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        trial_end: Literal["now"] | int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Update a subscription

        Updates an existing subscription to match the specified parameters (change prices or quantities, pause collection, schedule cancellation, ...).

        `POST /v1/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/subscriptions/{subscription_exposed_id}",
            path_params={
                "subscription_exposed_id": subscription_exposed_id,
            },
            body={
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "cancellation_details": cancellation_details,
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "pause_collection": pause_collection,
                "payment_behavior": payment_behavior,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "trial_end": trial_end,
            },
            body_type="form",
            cast_to=Subscription,
            options=request_options,
        )
