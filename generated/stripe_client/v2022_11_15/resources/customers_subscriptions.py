# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers.subscriptions`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.subscription import Subscription
    from ..params import CustomersSubscriptionsCreateAddInvoiceItemsItemParams
    from ..params import CustomersSubscriptionsCreateAutomaticTaxParams
    from ..params import CustomersSubscriptionsCreateBillingThresholdsParams
    from ..params import CustomersSubscriptionsCreateItemsItemParams
    from ..params import CustomersSubscriptionsCreatePaymentSettingsParams
    from ..params import CustomersSubscriptionsCreatePendingInvoiceItemIntervalParams
    from ..params import CustomersSubscriptionsCreateTransferDataParams
    from ..params import CustomersSubscriptionsUpdateAddInvoiceItemsItemParams
    from ..params import CustomersSubscriptionsUpdateAutomaticTaxParams
    from ..params import CustomersSubscriptionsUpdateBillingThresholdsParams
    from ..params import CustomersSubscriptionsUpdateItemsItemParams
    from ..params import CustomersSubscriptionsUpdatePauseCollectionParams
    from ..params import CustomersSubscriptionsUpdatePaymentSettingsParams
    from ..params import CustomersSubscriptionsUpdatePendingInvoiceItemIntervalParams
    from ..params import CustomersSubscriptionsUpdateTransferDataParams
    from .customers_subscriptions_discount import (
        CustomersSubscriptionsDiscountResource,
        AsyncCustomersSubscriptionsDiscountResource,
    )


class CustomersSubscriptionsResource:
    """`client.customers.subscriptions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def discount(self) -> CustomersSubscriptionsDiscountResource:
        from .customers_subscriptions_discount import CustomersSubscriptionsDiscountResource

        return CustomersSubscriptionsDiscountResource(self._client)

    def create(
        self,
        customer: str,
        *,
        add_invoice_items: (
            Sequence[CustomersSubscriptionsCreateAddInvoiceItemsItemParams] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: CustomersSubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: (
            CustomersSubscriptionsCreateBillingThresholdsParams | Literal[""] | None
        ) = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[CustomersSubscriptionsCreateItemsItemParams] | None = None,
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
        payment_settings: CustomersSubscriptionsCreatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            CustomersSubscriptionsCreatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        transfer_data: CustomersSubscriptionsCreateTransferDataParams | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Creates a new subscription on an existing customer.</p>

        `POST /v1/customers/{customer}/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/customers/{customer}/subscriptions",
            path_params={
                "customer": customer,
            },
            body={
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
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    def delete(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Cancels a customer’s subscription. If you set the <code>at_period_end</code> parameter to <code>true</code>, the subscription will remain active until the end of the period, at which point it will be canceled and not renewed. Otherwise, with the default <code>false</code> value, the subscription is terminated immediately. In either case, the customer will not be charged again for the subscription.</p>

        <p>Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.</p>

        <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.</p>

        `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "delete",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Subscription]:
        """<p>You can see a list of the customer’s active subscriptions. Note that the 10 most recent active subscriptions are always available by default on the customer object. If you need more than those 10, you can use the limit and starting_after parameters to page through additional subscriptions.</p>

        `GET /v1/customers/{customer}/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/subscriptions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Subscription],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Retrieves the subscription with the given ID.</p>

        `GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "get",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Subscription,
            options=request_options,
        )

    def update(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        add_invoice_items: (
            Sequence[CustomersSubscriptionsUpdateAddInvoiceItemsItemParams] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: CustomersSubscriptionsUpdateAutomaticTaxParams | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: (
            CustomersSubscriptionsUpdateBillingThresholdsParams | Literal[""] | None
        ) = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[CustomersSubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        pause_collection: (
            CustomersSubscriptionsUpdatePauseCollectionParams | Literal[""] | None
        ) = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: CustomersSubscriptionsUpdatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            CustomersSubscriptionsUpdatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        transfer_data: CustomersSubscriptionsUpdateTransferDataParams | Literal[""] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the <a href="#upcoming_invoice">upcoming invoice</a> endpoint.</p>

        `POST /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return self._client.request(
            "post",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
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
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
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
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )


class AsyncCustomersSubscriptionsResource:
    """`client.customers.subscriptions` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def discount(self) -> AsyncCustomersSubscriptionsDiscountResource:
        from .customers_subscriptions_discount import AsyncCustomersSubscriptionsDiscountResource

        return AsyncCustomersSubscriptionsDiscountResource(self._client)

    async def create(
        self,
        customer: str,
        *,
        add_invoice_items: (
            Sequence[CustomersSubscriptionsCreateAddInvoiceItemsItemParams] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: CustomersSubscriptionsCreateAutomaticTaxParams | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: (
            CustomersSubscriptionsCreateBillingThresholdsParams | Literal[""] | None
        ) = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[CustomersSubscriptionsCreateItemsItemParams] | None = None,
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
        payment_settings: CustomersSubscriptionsCreatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            CustomersSubscriptionsCreatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        transfer_data: CustomersSubscriptionsCreateTransferDataParams | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Creates a new subscription on an existing customer.</p>

        `POST /v1/customers/{customer}/subscriptions`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/subscriptions",
            path_params={
                "customer": customer,
            },
            body={
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
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
                "payment_behavior": payment_behavior,
                "payment_settings": payment_settings,
                "pending_invoice_item_interval": pending_invoice_item_interval,
                "promotion_code": promotion_code,
                "proration_behavior": proration_behavior,
                "transfer_data": transfer_data,
                "trial_end": trial_end,
                "trial_from_plan": trial_from_plan,
                "trial_period_days": trial_period_days,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )

    async def delete(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Cancels a customer’s subscription. If you set the <code>at_period_end</code> parameter to <code>true</code>, the subscription will remain active until the end of the period, at which point it will be canceled and not renewed. Otherwise, with the default <code>false</code> value, the subscription is terminated immediately. In either case, the customer will not be charged again for the subscription.</p>

        <p>Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually <a href="#delete_invoiceitem">deleted</a>. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.</p>

        <p>By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.</p>

        `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "delete",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
                "invoice_now": invoice_now,
                "prorate": prorate,
            },
            cast_to=Subscription,
            options=request_options,
        )

    def list(
        self,
        customer: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Subscription]:
        """<p>You can see a list of the customer’s active subscriptions. Note that the 10 most recent active subscriptions are always available by default on the customer object. If you need more than those 10, you can use the limit and starting_after parameters to page through additional subscriptions.</p>

        `GET /v1/customers/{customer}/subscriptions`
        """
        from ..models.subscription import Subscription

        return self._client.request_list(
            "get",
            "/v1/customers/{customer}/subscriptions",
            path_params={
                "customer": customer,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Subscription],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Retrieves the subscription with the given ID.</p>

        `GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "get",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
                "subscription_exposed_id": subscription_exposed_id,
            },
            query={
                "expand": expand,
            },
            cast_to=Subscription,
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        subscription_exposed_id: str,
        *,
        add_invoice_items: (
            Sequence[CustomersSubscriptionsUpdateAddInvoiceItemsItemParams] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: CustomersSubscriptionsUpdateAutomaticTaxParams | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: (
            CustomersSubscriptionsUpdateBillingThresholdsParams | Literal[""] | None
        ) = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[CustomersSubscriptionsUpdateItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        pause_collection: (
            CustomersSubscriptionsUpdatePauseCollectionParams | Literal[""] | None
        ) = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: CustomersSubscriptionsUpdatePaymentSettingsParams | None = None,
        pending_invoice_item_interval: (
            CustomersSubscriptionsUpdatePendingInvoiceItemIntervalParams | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: Literal["always_invoice", "create_prorations", "none"] | None = None,
        proration_date: int | None = None,
        transfer_data: CustomersSubscriptionsUpdateTransferDataParams | Literal[""] | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """<p>Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the <a href="#upcoming_invoice">upcoming invoice</a> endpoint.</p>

        `POST /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
        """
        from ..models.subscription import Subscription

        return await self._client.request(
            "post",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
            path_params={
                "customer": customer,
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
                "collection_method": collection_method,
                "coupon": coupon,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "expand": expand,
                "items": items,
                "metadata": metadata,
                "off_session": off_session,
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
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Subscription,
            options=request_options,
        )
