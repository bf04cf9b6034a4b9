# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.orders`: 7 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.order import Order
    from ..params import OrdersCreateAutomaticTaxParams
    from ..params import OrdersCreateBillingDetailsParams
    from ..params import OrdersCreateClientPermissionsParams
    from ..params import OrdersCreateDiscountsItemParams
    from ..params import OrdersCreateLineItemsItemParams
    from ..params import OrdersCreatePaymentParams
    from ..params import OrdersCreateShippingCostParams
    from ..params import OrdersCreateShippingDetailsParams
    from ..params import OrdersCreateTaxDetailsParams
    from ..params import OrdersUpdateAutomaticTaxParams
    from ..params import OrdersUpdateBillingDetailsParams
    from ..params import OrdersUpdateClientPermissionsParams
    from ..params import OrdersUpdateDiscountsItemParams
    from ..params import OrdersUpdateLineItemsItemParams
    from ..params import OrdersUpdatePaymentParams
    from ..params import OrdersUpdateShippingCostParams
    from ..params import OrdersUpdateShippingDetailsParams
    from ..params import OrdersUpdateTaxDetailsParams
    from .orders_line_items import OrdersLineItemsResource, AsyncOrdersLineItemsResource


class OrdersResource:
    """`client.orders`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> OrdersLineItemsResource:
        from .orders_line_items import OrdersLineItemsResource

        return OrdersLineItemsResource(self._client)

    def cancel(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Cancels the order as well as the payment intent if one is attached.</p>

        `POST /v1/orders/{id}/cancel`
        """
        from ..models.order import Order

        return self._client.request(
            "post",
            "/v1/orders/{id}/cancel",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    def create(
        self,
        *,
        currency: str,
        line_items: Sequence[OrdersCreateLineItemsItemParams],
        automatic_tax: OrdersCreateAutomaticTaxParams | None = None,
        billing_details: OrdersCreateBillingDetailsParams | Literal[""] | None = None,
        client_permissions: OrdersCreateClientPermissionsParams | None = None,
        customer: str | None = None,
        description: str | None = None,
        discounts: Sequence[OrdersCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        ip_address: str | None = None,
        metadata: Mapping[str, str] | None = None,
        payment: OrdersCreatePaymentParams | None = None,
        shipping_cost: OrdersCreateShippingCostParams | Literal[""] | None = None,
        shipping_details: OrdersCreateShippingDetailsParams | Literal[""] | None = None,
        tax_details: OrdersCreateTaxDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Creates a new <code>open</code> order object.</p>

        `POST /v1/orders`
        """
        from ..models.order import Order

        return self._client.request(
            "post",
            "/v1/orders",
            body={
                "currency": currency,
                "line_items": line_items,
                "automatic_tax": automatic_tax,
                "billing_details": billing_details,
                "client_permissions": client_permissions,
                "customer": customer,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "ip_address": ip_address,
                "metadata": metadata,
                "payment": payment,
                "shipping_cost": shipping_cost,
                "shipping_details": shipping_details,
                "tax_details": tax_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Order]:
        """<p>Returns a list of your orders. The orders are returned sorted by creation date, with the most recently created orders appearing first.</p>

        `GET /v1/orders`
        """
        from ..models.order import Order

        return self._client.request_list(
            "get",
            "/v1/orders",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Order],
            options=request_options,
        )

    def reopen(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Reopens a <code>submitted</code> order.</p>

        `POST /v1/orders/{id}/reopen`
        """
        from ..models.order import Order

        return self._client.request(
            "post",
            "/v1/orders/{id}/reopen",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Retrieves the details of an existing order. Supply the unique order ID from either an order creation request or the order list, and Stripe will return the corresponding order information.</p>

        `GET /v1/orders/{id}`
        """
        from ..models.order import Order

        return self._client.request(
            "get",
            "/v1/orders/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Order,
            options=request_options,
        )

    def submit(
        self,
        id: str,
        *,
        expected_total: int,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Submitting an Order transitions the status to <code>processing</code> and creates a PaymentIntent object so the order can be paid. If the Order has an <code>amount_total</code> of 0, no PaymentIntent object will be created. Once the order is submitted, its contents cannot be changed, unless the <a href="#reopen_order">reopen</a> method is called.</p>

        `POST /v1/orders/{id}/submit`
        """
        from ..models.order import Order

        return self._client.request(
            "post",
            "/v1/orders/{id}/submit",
            path_params={
                "id": id,
            },
            body={
                "expected_total": expected_total,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    def update(
        self,
        id: str,
        *,
        automatic_tax: OrdersUpdateAutomaticTaxParams | None = None,
        billing_details: OrdersUpdateBillingDetailsParams | Literal[""] | None = None,
        client_permissions: OrdersUpdateClientPermissionsParams | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        discounts: Sequence[OrdersUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        ip_address: str | None = None,
        line_items: Sequence[OrdersUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment: OrdersUpdatePaymentParams | None = None,
        shipping_cost: OrdersUpdateShippingCostParams | Literal[""] | None = None,
        shipping_details: OrdersUpdateShippingDetailsParams | Literal[""] | None = None,
        tax_details: OrdersUpdateTaxDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Updates the specific order by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/orders/{id}`
        """
        from ..models.order import Order

        return self._client.request(
            "post",
            "/v1/orders/{id}",
            path_params={
                "id": id,
            },
            body={
                "automatic_tax": automatic_tax,
                "billing_details": billing_details,
                "client_permissions": client_permissions,
                "currency": currency,
                "customer": customer,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "ip_address": ip_address,
                "line_items": line_items,
                "metadata": metadata,
                "payment": payment,
                "shipping_cost": shipping_cost,
                "shipping_details": shipping_details,
                "tax_details": tax_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )


class AsyncOrdersResource:
    """`client.orders` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def line_items(self) -> AsyncOrdersLineItemsResource:
        from .orders_line_items import AsyncOrdersLineItemsResource

        return AsyncOrdersLineItemsResource(self._client)

    async def cancel(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Cancels the order as well as the payment intent if one is attached.</p>

        `POST /v1/orders/{id}/cancel`
        """
        from ..models.order import Order

        return await self._client.request(
            "post",
            "/v1/orders/{id}/cancel",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    async def create(
        self,
        *,
        currency: str,
        line_items: Sequence[OrdersCreateLineItemsItemParams],
        automatic_tax: OrdersCreateAutomaticTaxParams | None = None,
        billing_details: OrdersCreateBillingDetailsParams | Literal[""] | None = None,
        client_permissions: OrdersCreateClientPermissionsParams | None = None,
        customer: str | None = None,
        description: str | None = None,
        discounts: Sequence[OrdersCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        ip_address: str | None = None,
        metadata: Mapping[str, str] | None = None,
        payment: OrdersCreatePaymentParams | None = None,
        shipping_cost: OrdersCreateShippingCostParams | Literal[""] | None = None,
        shipping_details: OrdersCreateShippingDetailsParams | Literal[""] | None = None,
        tax_details: OrdersCreateTaxDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Creates a new <code>open</code> order object.</p>

        `POST /v1/orders`
        """
        from ..models.order import Order

        return await self._client.request(
            "post",
            "/v1/orders",
            body={
                "currency": currency,
                "line_items": line_items,
                "automatic_tax": automatic_tax,
                "billing_details": billing_details,
                "client_permissions": client_permissions,
                "customer": customer,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "ip_address": ip_address,
                "metadata": metadata,
                "payment": payment,
                "shipping_cost": shipping_cost,
                "shipping_details": shipping_details,
                "tax_details": tax_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Order]:
        """<p>Returns a list of your orders. The orders are returned sorted by creation date, with the most recently created orders appearing first.</p>

        `GET /v1/orders`
        """
        from ..models.order import Order

        return self._client.request_list(
            "get",
            "/v1/orders",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Order],
            options=request_options,
        )

    async def reopen(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Reopens a <code>submitted</code> order.</p>

        `POST /v1/orders/{id}/reopen`
        """
        from ..models.order import Order

        return await self._client.request(
            "post",
            "/v1/orders/{id}/reopen",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Retrieves the details of an existing order. Supply the unique order ID from either an order creation request or the order list, and Stripe will return the corresponding order information.</p>

        `GET /v1/orders/{id}`
        """
        from ..models.order import Order

        return await self._client.request(
            "get",
            "/v1/orders/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=Order,
            options=request_options,
        )

    async def submit(
        self,
        id: str,
        *,
        expected_total: int,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Submitting an Order transitions the status to <code>processing</code> and creates a PaymentIntent object so the order can be paid. If the Order has an <code>amount_total</code> of 0, no PaymentIntent object will be created. Once the order is submitted, its contents cannot be changed, unless the <a href="#reopen_order">reopen</a> method is called.</p>

        `POST /v1/orders/{id}/submit`
        """
        from ..models.order import Order

        return await self._client.request(
            "post",
            "/v1/orders/{id}/submit",
            path_params={
                "id": id,
            },
            body={
                "expected_total": expected_total,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )

    async def update(
        self,
        id: str,
        *,
        automatic_tax: OrdersUpdateAutomaticTaxParams | None = None,
        billing_details: OrdersUpdateBillingDetailsParams | Literal[""] | None = None,
        client_permissions: OrdersUpdateClientPermissionsParams | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        discounts: Sequence[OrdersUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        ip_address: str | None = None,
        line_items: Sequence[OrdersUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        payment: OrdersUpdatePaymentParams | None = None,
        shipping_cost: OrdersUpdateShippingCostParams | Literal[""] | None = None,
        shipping_details: OrdersUpdateShippingDetailsParams | Literal[""] | None = None,
        tax_details: OrdersUpdateTaxDetailsParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Order:
        """<p>Updates the specific order by setting the values of the parameters passed. Any parameters not provided will be left unchanged.</p>

        `POST /v1/orders/{id}`
        """
        from ..models.order import Order

        return await self._client.request(
            "post",
            "/v1/orders/{id}",
            path_params={
                "id": id,
            },
            body={
                "automatic_tax": automatic_tax,
                "billing_details": billing_details,
                "client_permissions": client_permissions,
                "currency": currency,
                "customer": customer,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "ip_address": ip_address,
                "line_items": line_items,
                "metadata": metadata,
                "payment": payment,
                "shipping_cost": shipping_cost,
                "shipping_details": shipping_details,
                "tax_details": tax_details,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Order,
            options=request_options,
        )
