# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.invoiceitems`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.deleted_invoiceitem import DeletedInvoiceitem
    from ..models.invoiceitem import Invoiceitem
    from ..params import InvoiceitemsCreateDiscountsItemParams
    from ..params import InvoiceitemsCreatePeriodParams
    from ..params import InvoiceitemsCreatePriceDataParams
    from ..params import InvoiceitemsListCreatedParams
    from ..params import InvoiceitemsUpdateDiscountsItemParams
    from ..params import InvoiceitemsUpdatePeriodParams
    from ..params import InvoiceitemsUpdatePriceDataParams


class InvoiceitemsResource:
    """`client.invoiceitems`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        customer: str,
        amount: int | None = None,
        currency: str | None = None,
        description: str | None = None,
        discountable: bool | None = None,
        discounts: Sequence[InvoiceitemsCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        period: InvoiceitemsCreatePeriodParams | None = None,
        price: str | None = None,
        price_data: InvoiceitemsCreatePriceDataParams | None = None,
        quantity: int | None = None,
        subscription: str | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | Literal[""] | None = None,
        tax_rates: Sequence[str] | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Creates an item to be added to a draft invoice (up to 250 items per invoice). If no invoice is specified, the item will be on the next invoice created for the customer specified.</p>

        `POST /v1/invoiceitems`
        """
        from ..models.invoiceitem import Invoiceitem

        return self._client.request(
            "post",
            "/v1/invoiceitems",
            body={
                "customer": customer,
                "amount": amount,
                "currency": currency,
                "description": description,
                "discountable": discountable,
                "discounts": discounts,
                "expand": expand,
                "invoice": invoice,
                "metadata": metadata,
                "period": period,
                "price": price,
                "price_data": price_data,
                "quantity": quantity,
                "subscription": subscription,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "tax_rates": tax_rates,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoiceitem,
            options=request_options,
        )

    def delete(
        self,
        invoiceitem: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedInvoiceitem:
        """<p>Deletes an invoice item, removing it from an invoice. Deleting invoice items is only possible when they’re not attached to invoices, or if it’s attached to a draft invoice.</p>

        `DELETE /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.deleted_invoiceitem import DeletedInvoiceitem

        return self._client.request(
            "delete",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            cast_to=DeletedInvoiceitem,
            options=request_options,
        )

    def list(
        self,
        *,
        created: InvoiceitemsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        limit: int | None = None,
        pending: bool | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Invoiceitem]:
        """<p>Returns a list of your invoice items. Invoice items are returned sorted by creation date, with the most recently created invoice items appearing first.</p>

        `GET /v1/invoiceitems`
        """
        from ..models.invoiceitem import Invoiceitem

        return self._client.request_list(
            "get",
            "/v1/invoiceitems",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "invoice": invoice,
                "limit": limit,
                "pending": pending,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Invoiceitem],
            options=request_options,
        )

    def retrieve(
        self,
        invoiceitem: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Retrieves the invoice item with the given ID.</p>

        `GET /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.invoiceitem import Invoiceitem

        return self._client.request(
            "get",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            query={
                "expand": expand,
            },
            cast_to=Invoiceitem,
            options=request_options,
        )

    def update(
        self,
        invoiceitem: str,
        *,
        amount: int | None = None,
        description: str | None = None,
        discountable: bool | None = None,
        discounts: Sequence[InvoiceitemsUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        period: InvoiceitemsUpdatePeriodParams | None = None,
        price: str | None = None,
        price_data: InvoiceitemsUpdatePriceDataParams | None = None,
        quantity: int | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | Literal[""] | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Updates the amount or description of an invoice item on an upcoming invoice. Updating an invoice item is only possible before the invoice it’s attached to is closed.</p>

        `POST /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.invoiceitem import Invoiceitem

        return self._client.request(
            "post",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            body={
                "amount": amount,
                "description": description,
                "discountable": discountable,
                "discounts": discounts,
                "expand": expand,
                "metadata": metadata,
                "period": period,
                "price": price,
                "price_data": price_data,
                "quantity": quantity,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "tax_rates": tax_rates,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoiceitem,
            options=request_options,
        )


class AsyncInvoiceitemsResource:
    """`client.invoiceitems` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        customer: str,
        amount: int | None = None,
        currency: str | None = None,
        description: str | None = None,
        discountable: bool | None = None,
        discounts: Sequence[InvoiceitemsCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        period: InvoiceitemsCreatePeriodParams | None = None,
        price: str | None = None,
        price_data: InvoiceitemsCreatePriceDataParams | None = None,
        quantity: int | None = None,
        subscription: str | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | Literal[""] | None = None,
        tax_rates: Sequence[str] | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Creates an item to be added to a draft invoice (up to 250 items per invoice). If no invoice is specified, the item will be on the next invoice created for the customer specified.</p>

        `POST /v1/invoiceitems`
        """
        from ..models.invoiceitem import Invoiceitem

        return await self._client.request(
            "post",
            "/v1/invoiceitems",
            body={
                "customer": customer,
                "amount": amount,
                "currency": currency,
                "description": description,
                "discountable": discountable,
                "discounts": discounts,
                "expand": expand,
                "invoice": invoice,
                "metadata": metadata,
                "period": period,
                "price": price,
                "price_data": price_data,
                "quantity": quantity,
                "subscription": subscription,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "tax_rates": tax_rates,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoiceitem,
            options=request_options,
        )

    async def delete(
        self,
        invoiceitem: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedInvoiceitem:
        """<p>Deletes an invoice item, removing it from an invoice. Deleting invoice items is only possible when they’re not attached to invoices, or if it’s attached to a draft invoice.</p>

        `DELETE /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.deleted_invoiceitem import DeletedInvoiceitem

        return await self._client.request(
            "delete",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            cast_to=DeletedInvoiceitem,
            options=request_options,
        )

    def list(
        self,
        *,
        created: InvoiceitemsListCreatedParams | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        limit: int | None = None,
        pending: bool | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Invoiceitem]:
        """<p>Returns a list of your invoice items. Invoice items are returned sorted by creation date, with the most recently created invoice items appearing first.</p>

        `GET /v1/invoiceitems`
        """
        from ..models.invoiceitem import Invoiceitem

        return self._client.request_list(
            "get",
            "/v1/invoiceitems",
            query={
                "created": created,
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "invoice": invoice,
                "limit": limit,
                "pending": pending,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Invoiceitem],
            options=request_options,
        )

    async def retrieve(
        self,
        invoiceitem: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Retrieves the invoice item with the given ID.</p>

        `GET /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.invoiceitem import Invoiceitem

        return await self._client.request(
            "get",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            query={
                "expand": expand,
            },
            cast_to=Invoiceitem,
            options=request_options,
        )

    async def update(
        self,
        invoiceitem: str,
        *,
        amount: int | None = None,
        description: str | None = None,
        discountable: bool | None = None,
        discounts: Sequence[InvoiceitemsUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        period: InvoiceitemsUpdatePeriodParams | None = None,
        price: str | None = None,
        price_data: InvoiceitemsUpdatePriceDataParams | None = None,
        quantity: int | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tax_code: str | Literal[""] | None = None,
        tax_rates: Sequence[str] | Literal[""] | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoiceitem:
        """<p>Updates the amount or description of an invoice item on an upcoming invoice. Updating an invoice item is only possible before the invoice it’s attached to is closed.</p>

        `POST /v1/invoiceitems/{invoiceitem}`
        """
        from ..models.invoiceitem import Invoiceitem

        return await self._client.request(
            "post",
            "/v1/invoiceitems/{invoiceitem}",
            path_params={
                "invoiceitem": invoiceitem,
            },
            body={
                "amount": amount,
                "description": description,
                "discountable": discountable,
                "discounts": discounts,
                "expand": expand,
                "metadata": metadata,
                "period": period,
                "price": price,
                "price_data": price_data,
                "quantity": quantity,
                "tax_behavior": tax_behavior,
                "tax_code": tax_code,
                "tax_rates": tax_rates,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoiceitem,
            options=request_options,
        )
