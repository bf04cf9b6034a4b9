# File generated from spec/ (API version 2024-02-15, spec sha256 28d2af1d96921294) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.customers`: 6 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

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
    from ..models.customer import Customer
    from ..models.deleted_customer import DeletedCustomer
    from ..params import CustomersCreateAddressParams
    from ..params import CustomersCreateInvoiceSettingsParams
    from ..params import CustomersCreateShippingParams
    from ..params import CustomersListCreatedParams
    from ..params import CustomersUpdateAddressParams
    from ..params import CustomersUpdateInvoiceSettingsParams
    from ..params import CustomersUpdateShippingParams
    from .customers_payment_methods import (
        CustomersPaymentMethodsResource,
        AsyncCustomersPaymentMethodsResource,
    )


class CustomersResource:
    """`client.customers`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def payment_methods(self) -> CustomersPaymentMethodsResource:
        from .customers_payment_methods import CustomersPaymentMethodsResource

        return CustomersPaymentMethodsResource(self._client)

    def create(
        self,
        *,
        address: CustomersCreateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        shipping: CustomersCreateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """Create a customer

        `POST /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request(
            "post",
            "/v1/customers",
            body={
                "address": address,
                "balance": balance,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "payment_method": payment_method,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "shipping": shipping,
                "source": source,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            cast_to=Customer,
            options=request_options,
        )

    def delete(
        self,
        customer: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCustomer:
        """Delete a customer

        Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.

        `DELETE /v1/customers/{customer}`
        """
        from ..models.deleted_customer import DeletedCustomer

        return self._client.request(
            "delete",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            cast_to=DeletedCustomer,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CustomersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Customer]:
        """List all customers

        Returns a list of your customers, sorted by creation date, most recent first.

        `GET /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Customer],
            options=request_options,
        )

    def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer | DeletedCustomer:
        """Retrieve a customer

        Retrieves a Customer object. A deleted customer is returned as a deleted_customer (`deleted: true`).

        `GET /v1/customers/{customer}`
        """
        from ..models.customer import Customer
        from ..models.deleted_customer import DeletedCustomer

        result = self._client.request(
            "get",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=Customer | DeletedCustomer,
            options=request_options,
        )
        return cast("Customer | DeletedCustomer", result)

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SearchResult[Customer]:
        """Search customers

        Search for customers you've previously created using Stripe's Search Query Language. Don't use search in read-after-write flows: data is searchable within about a minute.

        `GET /v1/customers/search`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Customer],
            options=request_options,
        )

    def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        shipping: CustomersUpdateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """Update a customer

        Updates the specified customer by setting the values of the parameters passed. Any parameters not provided are left unchanged.

        `POST /v1/customers/{customer}`
        """
        from ..models.customer import Customer

        return self._client.request(
            "post",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            body={
                "address": address,
                "balance": balance,
                "default_source": default_source,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "shipping": shipping,
                "source": source,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            cast_to=Customer,
            options=request_options,
        )


class AsyncCustomersResource:
    """`client.customers` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def payment_methods(self) -> AsyncCustomersPaymentMethodsResource:
        from .customers_payment_methods import AsyncCustomersPaymentMethodsResource

        return AsyncCustomersPaymentMethodsResource(self._client)

    async def create(
        self,
        *,
        address: CustomersCreateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        shipping: CustomersCreateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """Create a customer

        `POST /v1/customers`
        """
        from ..models.customer import Customer

        return await self._client.request(
            "post",
            "/v1/customers",
            body={
                "address": address,
                "balance": balance,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "payment_method": payment_method,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "shipping": shipping,
                "source": source,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            cast_to=Customer,
            options=request_options,
        )

    async def delete(
        self,
        customer: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedCustomer:
        """Delete a customer

        Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.

        `DELETE /v1/customers/{customer}`
        """
        from ..models.deleted_customer import DeletedCustomer

        return await self._client.request(
            "delete",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            cast_to=DeletedCustomer,
            options=request_options,
        )

    def list(
        self,
        *,
        created: CustomersListCreatedParams | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Customer]:
        """List all customers

        Returns a list of your customers, sorted by creation date, most recent first.

        `GET /v1/customers`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers",
            query={
                "created": created,
                "email": email,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Customer],
            options=request_options,
        )

    async def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer | DeletedCustomer:
        """Retrieve a customer

        Retrieves a Customer object. A deleted customer is returned as a deleted_customer (`deleted: true`).

        `GET /v1/customers/{customer}`
        """
        from ..models.customer import Customer
        from ..models.deleted_customer import DeletedCustomer

        result = await self._client.request(
            "get",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            query={
                "expand": expand,
            },
            cast_to=Customer | DeletedCustomer,
            options=request_options,
        )
        return cast("Customer | DeletedCustomer", result)

    def search(
        self,
        *,
        query: str,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        page: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncSearchPager[Customer]:
        """Search customers

        Search for customers you've previously created using Stripe's Search Query Language. Don't use search in read-after-write flows: data is searchable within about a minute.

        `GET /v1/customers/search`
        """
        from ..models.customer import Customer

        return self._client.request_list(
            "get",
            "/v1/customers/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Customer],
            options=request_options,
        )

    async def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateAddressParams | Literal[""] | None = None,
        balance: int | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateInvoiceSettingsParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        shipping: CustomersUpdateShippingParams | Literal[""] | None = None,
        source: str | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Customer:
        """Update a customer

        Updates the specified customer by setting the values of the parameters passed. Any parameters not provided are left unchanged.

        `POST /v1/customers/{customer}`
        """
        from ..models.customer import Customer

        return await self._client.request(
            "post",
            "/v1/customers/{customer}",
            path_params={
                "customer": customer,
            },
            body={
                "address": address,
                "balance": balance,
                "default_source": default_source,
                "description": description,
                "email": email,
                "expand": expand,
                "invoice_prefix": invoice_prefix,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "name": name,
                "next_invoice_sequence": next_invoice_sequence,
                "phone": phone,
                "preferred_locales": preferred_locales,
                "shipping": shipping,
                "source": source,
                "tax_exempt": tax_exempt,
            },
            body_type="form",
            cast_to=Customer,
            options=request_options,
        )
