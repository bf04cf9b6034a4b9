# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscriptions`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
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
    from ..params import SubscriptionsCreateAddInvoiceItemsItemParams
    from ..params import SubscriptionsCreateAutomaticTaxParams
    from ..params import SubscriptionsCreateBillingThresholdsParams
    from ..params import SubscriptionsCreateItemsItemParams
    from ..params import SubscriptionsCreatePaymentSettingsParams
    from ..params import SubscriptionsCreatePendingInvoiceItemIntervalParams
    from ..params import SubscriptionsCreateTransferDataParams
    from ..params import SubscriptionsCreateTrialSettingsParams
    from ..params import SubscriptionsListAutomaticTaxParams
    from ..params import SubscriptionsListCreatedParams
    from ..params import SubscriptionsListCurrentPeriodEndParams
    from ..params import SubscriptionsListCurrentPeriodStartParams
    from ..params import SubscriptionsUpdateAddInvoiceItemsItemParams
    from ..params import SubscriptionsUpdateAutomaticTaxParams
    from ..params import SubscriptionsUpdateBillingThresholdsParams
    from ..params import SubscriptionsUpdateCancellationDetailsParams
    from ..params import SubscriptionsUpdateItemsItemParams
    from ..params import SubscriptionsUpdatePauseCollectionParams
    from ..params import SubscriptionsUpdatePaymentSettingsParams
    from ..params import SubscriptionsUpdatePendingInvoiceItemIntervalParams
    from ..params import SubscriptionsUpdateTransferDataParams
    from ..params import SubscriptionsUpdateTrialSettingsParams
    from .subscriptions_discount import (
        SubscriptionsDiscountResource,
        AsyncSubscriptionsDiscountResource,
    )


class SubscriptionsResource:
    """`client.subscriptions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def discount(self) -> SubscriptionsDiscountResource:
        from .subscriptions_discount import SubscriptionsDiscountResource

        return SubscriptionsDiscountResource(self._client)

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
        """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the subscription.</p>

        <p>Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.</p>

        <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.</p>

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
        add_invoice_items: Sequence[SubscriptionsCreateAddInvoiceItemsItemParams] | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: SubscriptionsCreateBillingThresholdsParams | Literal[""] | None = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsCreatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            SubscriptionsCreatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        transfer_data: SubscriptionsCreateTransferDataParams | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        trial_settings: SubscriptionsCreateTrialSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Creates a new subscription on an existing customer. Each customer can have up to 500 active or scheduled subscriptions.</p>

        <p>When you create a subscription with <code>collection_method=charge_automatically</code>, the first invoice is finalized as part of the request.
        The <code>payment_behavior</code> parameter determines the exact behavior of the initial payment.</p>

        <p>To start subscriptions where the first invoice always begins in a <code>draft</code> status, use <a href="/docs/billing/subscriptions/subscription-schedules#managing">subscription schedules</a> instead.
        Schedules provide the flexibility to model more complex billing configurations that change over time.</p>

        `POST /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/subscriptions",
            body={
                "customer": customer,
                "add_invoice_items": add_invoice_items,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "backdate_start_date": backdate_start_date,
                "billing_cycle_anchor": billing_cycle_anchor,
                "billing_thresholds": billing_thresholds,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "collection_method": collection_method,
                "coupon": coupon,
                "currency": currency,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_period_days": trial_period_days,
                "trial_settings": trial_settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        *,
        automatic_tax: SubscriptionsListAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: SubscriptionsListCreatedParams | int | None = None,
        current_period_end: SubscriptionsListCurrentPeriodEndParams | int | None = None,
        current_period_start: SubscriptionsListCurrentPeriodStartParams | int | None = None,
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
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Subscription]:
        """<p>By default, returns a list of subscriptions that have not been canceled. In order to list canceled subscriptions, specify <code>status=canceled</code>.</p>

        `GET /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions",
            query={
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "created": created,
                "current_period_end": current_period_end,
                "current_period_start": current_period_start,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "price": price,
                "starting_after": starting_after,
                "status": status,
                "test_clock": test_clock,
            },
            cast_to=ListObject[Subscription],
            options=request_options,
        )

    def resume(
        self,
        subscription: str,
        *,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        expand: Sequence[str] | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Initiates resumption of a paused subscription, optionally resetting the billing cycle anchor and creating prorations. If a resumption invoice is generated, it must be paid or marked uncollectible before the subscription will be unpaused. If payment succeeds the subscription will become <code>active</code>, and if payment fails the subscription will be <code>past_due</code>. The resumption invoice will void automatically if not paid by the expiration date.</p>

        `POST /v1/subscriptions/{subscription}/resume`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/subscriptions/{subscription}/resume",
            path_params={
                "subscription": subscription,
            },
            body={
                "billing_cycle_anchor": billing_cycle_anchor,
                "expand": expand,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Retrieves the subscription with the given ID.</p>

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
        """<p>Search for subscriptions you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        add_invoice_items: Sequence[SubscriptionsUpdateAddInvoiceItemsItemParams] | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsUpdateAutomaticTaxParams | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: SubscriptionsUpdateBillingThresholdsParams | Literal[""] | None = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: SubscriptionsUpdateCancellationDetailsParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
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
        payment_settings: SubscriptionsUpdatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            SubscriptionsUpdatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        transfer_data: SubscriptionsUpdateTransferDataParams | Literal[""] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_settings: SubscriptionsUpdateTrialSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the <a href="#upcoming_invoice">upcoming invoice</a> endpoint.</p>

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
                "add_invoice_items": add_invoice_items,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "billing_cycle_anchor": billing_cycle_anchor,
                "billing_thresholds": billing_thresholds,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "cancellation_details": cancellation_details,
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "pause_collection": pause_collection,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_settings": trial_settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )


class AsyncSubscriptionsResource:
    """`client.subscriptions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def discount(self) -> AsyncSubscriptionsDiscountResource:
        from .subscriptions_discount import AsyncSubscriptionsDiscountResource

        return AsyncSubscriptionsDiscountResource(self._client)

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
        """<p>Cancels a customer’s subscription immediately. The customer will not be charged again for the subscription.</p>

        <p>Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.</p>

        <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.</p>

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
        add_invoice_items: Sequence[SubscriptionsCreateAddInvoiceItemsItemParams] | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: SubscriptionsCreateBillingThresholdsParams | Literal[""] | None = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsCreatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            SubscriptionsCreatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        transfer_data: SubscriptionsCreateTransferDataParams | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        trial_settings: SubscriptionsCreateTrialSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Creates a new subscription on an existing customer. Each customer can have up to 500 active or scheduled subscriptions.</p>

        <p>When you create a subscription with <code>collection_method=charge_automatically</code>, the first invoice is finalized as part of the request.
        The <code>payment_behavior</code> parameter determines the exact behavior of the initial payment.</p>

        <p>To start subscriptions where the first invoice always begins in a <code>draft</code> status, use <a href="/docs/billing/subscriptions/subscription-schedules#managing">subscription schedules</a> instead.
        Schedules provide the flexibility to model more complex billing configurations that change over time.</p>

        `POST /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/subscriptions",
            body={
                "customer": customer,
                "add_invoice_items": add_invoice_items,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "backdate_start_date": backdate_start_date,
                "billing_cycle_anchor": billing_cycle_anchor,
                "billing_thresholds": billing_thresholds,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "collection_method": collection_method,
                "coupon": coupon,
                "currency": currency,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_period_days": trial_period_days,
                "trial_settings": trial_settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        *,
        automatic_tax: SubscriptionsListAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: SubscriptionsListCreatedParams | int | None = None,
        current_period_end: SubscriptionsListCurrentPeriodEndParams | int | None = None,
        current_period_start: SubscriptionsListCurrentPeriodStartParams | int | None = None,
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
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Subscription]:
        """<p>By default, returns a list of subscriptions that have not been canceled. In order to list canceled subscriptions, specify <code>status=canceled</code>.</p>

        `GET /v1/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/subscriptions",
            query={
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "created": created,
                "current_period_end": current_period_end,
                "current_period_start": current_period_start,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "price": price,
                "starting_after": starting_after,
                "status": status,
                "test_clock": test_clock,
            },
            cast_to=AsyncListObject[Subscription],
            options=request_options,
        )

    async def resume(
        self,
        subscription: str,
        *,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        expand: Sequence[str] | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Initiates resumption of a paused subscription, optionally resetting the billing cycle anchor and creating prorations. If a resumption invoice is generated, it must be paid or marked uncollectible before the subscription will be unpaused. If payment succeeds the subscription will become <code>active</code>, and if payment fails the subscription will be <code>past_due</code>. The resumption invoice will void automatically if not paid by the expiration date.</p>

        `POST /v1/subscriptions/{subscription}/resume`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/subscriptions/{subscription}/resume",
            path_params={
                "subscription": subscription,
            },
            body={
                "billing_cycle_anchor": billing_cycle_anchor,
                "expand": expand,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    async def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Retrieves the subscription with the given ID.</p>

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
        """<p>Search for subscriptions you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

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
        add_invoice_items: Sequence[SubscriptionsUpdateAddInvoiceItemsItemParams] | None = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsUpdateAutomaticTaxParams | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: SubscriptionsUpdateBillingThresholdsParams | Literal[""] | None = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: SubscriptionsUpdateCancellationDetailsParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
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
        payment_settings: SubscriptionsUpdatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            SubscriptionsUpdatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        transfer_data: SubscriptionsUpdateTransferDataParams | Literal[""] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_settings: SubscriptionsUpdateTrialSettingsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the <a href="#upcoming_invoice">upcoming invoice</a> endpoint.</p>

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
                "add_invoice_items": add_invoice_items,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "billing_cycle_anchor": billing_cycle_anchor,
                "billing_thresholds": billing_thresholds,
                "cancel_at": cancel_at,
                "cancel_at_period_end": cancel_at_period_end,
                "cancellation_details": cancellation_details,
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "on_behalf_of": on_behalf_of,
                "pause_collection": pause_collection,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "proration_date": proration_date,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_settings": trial_settings,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )
