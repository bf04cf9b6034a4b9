# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscription_items`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_subscription_item import DeletedSubscriptionItem
    from ..models.subscription_item import SubscriptionItem
    from ..models.usage_record import UsageRecord
    from ..params import SubscriptionItemsCreateBillingThresholdsParams
    from ..params import SubscriptionItemsCreatePriceDataParams
    from ..params import SubscriptionItemsUpdateBillingThresholdsParams
    from ..params import SubscriptionItemsUpdatePriceDataParams
    from .subscription_items_usage_record_summaries import (
        SubscriptionItemsUsageRecordSummariesResource,
        AsyncSubscriptionItemsUsageRecordSummariesResource,
    )


class SubscriptionItemsResource:
    """`client.subscription_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def usage_record_summaries(self) -> SubscriptionItemsUsageRecordSummariesResource:
        from .subscription_items_usage_record_summaries import (
            SubscriptionItemsUsageRecordSummariesResource,
        )

        return SubscriptionItemsUsageRecordSummariesResource(self._client)

    def create(
        self,
        *,
        subscription: str,
        billing_thresholds: (
            SubscriptionItemsCreateBillingThresholdsParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        price: str | None = None,
        price_data: SubscriptionItemsCreatePriceDataParams | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        quantity: int | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Adds a new item to an existing subscription. No existing items will be changed or replaced.</p>

        `POST /v1/subscription_items`
        """
        from ..models.subscription_item import SubscriptionItem

        return self._client.request(
            "post",
            "/v1/subscription_items",
            body={
                "subscription": subscription,
                "billing_thresholds": billing_thresholds,
                "expand": expand,
                "metadata": metadata,
                "payment_behavior": payment_behavior,
                "price": price,
                "price_data": price_data,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "quantity": quantity,
                "tax_rates": tax_rates,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionItem,
            options=request_options,
        )

    def delete(
        self,
        item: str,
        *,
        clear_usage: bool | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletedSubscriptionItem:
        """<p>Deletes an item from the subscription. Removing a subscription item from a subscription will not cancel the subscription.</p>

        `DELETE /v1/subscription_items/{item}`
        """
        from ..models.deleted_subscription_item import DeletedSubscriptionItem

        return self._client.request(
            "delete",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "clear_usage": clear_usage,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
            },
            cast_to=DeletedSubscriptionItem,
            options=request_options,
        )

    def list(
        self,
        *,
        subscription: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[SubscriptionItem]:
        """<p>Returns a list of your subscription items for a given subscription.</p>

        `GET /v1/subscription_items`
        """
        from ..models.subscription_item import SubscriptionItem

        return self._client.request_list(
            "get",
            "/v1/subscription_items",
            query={
                "subscription": subscription,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[SubscriptionItem],
            options=request_options,
        )

    def retrieve(
        self,
        item: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Retrieves the subscription item with the given ID.</p>

        `GET /v1/subscription_items/{item}`
        """
        from ..models.subscription_item import SubscriptionItem

        return self._client.request(
            "get",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "expand": expand,
            },
            cast_to=SubscriptionItem,
            options=request_options,
        )

    def update(
        self,
        item: str,
        *,
        billing_thresholds: (
            SubscriptionItemsUpdateBillingThresholdsParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
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
        price: str | None = None,
        price_data: SubscriptionItemsUpdatePriceDataParams | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        quantity: int | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Updates the plan or quantity of an item on a current subscription.</p>

        `POST /v1/subscription_items/{item}`
        """
        from ..models.subscription_item import SubscriptionItem

        return self._client.request(
            "post",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            body={
                "billing_thresholds": billing_thresholds,
                "expand": expand,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "price": price,
                "price_data": price_data,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "quantity": quantity,
                "tax_rates": tax_rates,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionItem,
            options=request_options,
        )

    def usage_records(
        self,
        subscription_item: str,
        *,
        quantity: int,
        action: Literal["increment", "set"] | None = None,
        expand: Sequence[str] | None = None,
        timestamp: Literal["now"] | int | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageRecord:
        """<p>Creates a usage record for a specified subscription item and date, and fills it with a quantity.</p>

        <p>Usage records provide <code>quantity</code> information that Stripe uses to track how much a customer is using your service. With usage information and the pricing model set up by the <a href="https://stripe.com/docs/billing/subscriptions/metered-billing">metered billing</a> plan, Stripe helps you send accurate invoices to your customers.</p>

        <p>The default calculation for usage is to add up all the <code>quantity</code> values of the usage records within a billing period. You can change this default behavior with the billing plan’s <code>aggregate_usage</code> <a href="/docs/api/plans/create#create_plan-aggregate_usage">parameter</a>. When there is more than one usage record with the same timestamp, Stripe adds the <code>quantity</code> values together. In most cases, this is the desired resolution, however, you can change this behavior with the <code>action</code> parameter.</p>

        <p>The default pricing model for metered billing is <a href="/docs/api/plans/object#plan_object-billing_scheme">per-unit pricing</a>. For finer granularity, you can configure metered billing to have a <a href="https://stripe.com/docs/billing/subscriptions/tiers">tiered pricing</a> model.</p>

        `POST /v1/subscription_items/{subscription_item}/usage_records`
        """
        from ..models.usage_record import UsageRecord

        return self._client.request(
            "post",
            "/v1/subscription_items/{subscription_item}/usage_records",
            path_params={
                "subscription_item": subscription_item,
            },
            body={
                "quantity": quantity,
                "action": action,
                "expand": expand,
                "timestamp": timestamp,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=UsageRecord,
            options=request_options,
        )


class AsyncSubscriptionItemsResource:
    """`client.subscription_items` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def usage_record_summaries(self) -> AsyncSubscriptionItemsUsageRecordSummariesResource:
        from .subscription_items_usage_record_summaries import (
            AsyncSubscriptionItemsUsageRecordSummariesResource,
        )

        return AsyncSubscriptionItemsUsageRecordSummariesResource(self._client)

    async def create(
        self,
        *,
        subscription: str,
        billing_thresholds: (
            SubscriptionItemsCreateBillingThresholdsParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        price: str | None = None,
        price_data: SubscriptionItemsCreatePriceDataParams | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        quantity: int | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Adds a new item to an existing subscription. No existing items will be changed or replaced.</p>

        `POST /v1/subscription_items`
        """
        from ..models.subscription_item import SubscriptionItem

        return await self._client.request(
            "post",
            "/v1/subscription_items",
            body={
                "subscription": subscription,
                "billing_thresholds": billing_thresholds,
                "expand": expand,
                "metadata": metadata,
                "payment_behavior": payment_behavior,
                "price": price,
                "price_data": price_data,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "quantity": quantity,
                "tax_rates": tax_rates,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionItem,
            options=request_options,
        )

    async def delete(
        self,
        item: str,
        *,
        clear_usage: bool | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> DeletedSubscriptionItem:
        """<p>Deletes an item from the subscription. Removing a subscription item from a subscription will not cancel the subscription.</p>

        `DELETE /v1/subscription_items/{item}`
        """
        from ..models.deleted_subscription_item import DeletedSubscriptionItem

        return await self._client.request(
            "delete",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "clear_usage": clear_usage,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
            },
            cast_to=DeletedSubscriptionItem,
            options=request_options,
        )

    def list(
        self,
        *,
        subscription: str,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[SubscriptionItem]:
        """<p>Returns a list of your subscription items for a given subscription.</p>

        `GET /v1/subscription_items`
        """
        from ..models.subscription_item import SubscriptionItem

        return self._client.request_list(
            "get",
            "/v1/subscription_items",
            query={
                "subscription": subscription,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[SubscriptionItem],
            options=request_options,
        )

    async def retrieve(
        self,
        item: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Retrieves the subscription item with the given ID.</p>

        `GET /v1/subscription_items/{item}`
        """
        from ..models.subscription_item import SubscriptionItem

        return await self._client.request(
            "get",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            query={
                "expand": expand,
            },
            cast_to=SubscriptionItem,
            options=request_options,
        )

    async def update(
        self,
        item: str,
        *,
        billing_thresholds: (
            SubscriptionItemsUpdateBillingThresholdsParams | Literal[""] | None
        ) = None,
        expand: Sequence[str] | None = None,
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
        price: str | None = None,
        price_data: SubscriptionItemsUpdatePriceDataParams | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        quantity: int | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionItem:
        """<p>Updates the plan or quantity of an item on a current subscription.</p>

        `POST /v1/subscription_items/{item}`
        """
        from ..models.subscription_item import SubscriptionItem

        return await self._client.request(
            "post",
            "/v1/subscription_items/{item}",
            path_params={
                "item": item,
            },
            body={
                "billing_thresholds": billing_thresholds,
                "expand": expand,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "price": price,
                "price_data": price_data,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "quantity": quantity,
                "tax_rates": tax_rates,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=SubscriptionItem,
            options=request_options,
        )

    async def usage_records(
        self,
        subscription_item: str,
        *,
        quantity: int,
        action: Literal["increment", "set"] | None = None,
        expand: Sequence[str] | None = None,
        timestamp: Literal["now"] | int | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageRecord:
        """<p>Creates a usage record for a specified subscription item and date, and fills it with a quantity.</p>

        <p>Usage records provide <code>quantity</code> information that Stripe uses to track how much a customer is using your service. With usage information and the pricing model set up by the <a href="https://stripe.com/docs/billing/subscriptions/metered-billing">metered billing</a> plan, Stripe helps you send accurate invoices to your customers.</p>

        <p>The default calculation for usage is to add up all the <code>quantity</code> values of the usage records within a billing period. You can change this default behavior with the billing plan’s <code>aggregate_usage</code> <a href="/docs/api/plans/create#create_plan-aggregate_usage">parameter</a>. When there is more than one usage record with the same timestamp, Stripe adds the <code>quantity</code> values together. In most cases, this is the desired resolution, however, you can change this behavior with the <code>action</code> parameter.</p>

        <p>The default pricing model for metered billing is <a href="/docs/api/plans/object#plan_object-billing_scheme">per-unit pricing</a>. For finer granularity, you can configure metered billing to have a <a href="https://stripe.com/docs/billing/subscriptions/tiers">tiered pricing</a> model.</p>

        `POST /v1/subscription_items/{subscription_item}/usage_records`
        """
        from ..models.usage_record import UsageRecord

        return await self._client.request(
            "post",
            "/v1/subscription_items/{subscription_item}/usage_records",
            path_params={
                "subscription_item": subscription_item,
            },
            body={
                "quantity": quantity,
                "action": action,
                "expand": expand,
                "timestamp": timestamp,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=UsageRecord,
            options=request_options,
        )
