# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.quotes`: 8 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.quote import Quote
    from ..params import QuotesCreateAutomaticTaxParams
    from ..params import QuotesCreateDiscountsItemParams
    from ..params import QuotesCreateFromQuoteParams
    from ..params import QuotesCreateInvoiceSettingsParams
    from ..params import QuotesCreateLineItemsItemParams
    from ..params import QuotesCreateSubscriptionDataParams
    from ..params import QuotesCreateTransferDataParams
    from ..params import QuotesUpdateAutomaticTaxParams
    from ..params import QuotesUpdateDiscountsItemParams
    from ..params import QuotesUpdateInvoiceSettingsParams
    from ..params import QuotesUpdateLineItemsItemParams
    from ..params import QuotesUpdateSubscriptionDataParams
    from ..params import QuotesUpdateTransferDataParams
    from .quotes_computed_upfront_line_items import (
        QuotesComputedUpfrontLineItemsResource,
        AsyncQuotesComputedUpfrontLineItemsResource,
    )
    from .quotes_line_items import QuotesLineItemsResource, AsyncQuotesLineItemsResource


class QuotesResource:
    """`client.quotes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def computed_upfront_line_items(self) -> QuotesComputedUpfrontLineItemsResource:
        from .quotes_computed_upfront_line_items import QuotesComputedUpfrontLineItemsResource

        return QuotesComputedUpfrontLineItemsResource(self._client)

    @cached_property
    def line_items(self) -> QuotesLineItemsResource:
        from .quotes_line_items import QuotesLineItemsResource

        return QuotesLineItemsResource(self._client)

    def accept(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Accepts the specified quote.</p>

        `POST /v1/quotes/{quote}/accept`
        """
        from ..models.quote import Quote

        return self._client.request(
            "post",
            "/v1/quotes/{quote}/accept",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    def cancel(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Cancels the quote.</p>

        `POST /v1/quotes/{quote}/cancel`
        """
        from ..models.quote import Quote

        return self._client.request(
            "post",
            "/v1/quotes/{quote}/cancel",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    def create(
        self,
        *,
        application_fee_amount: int | Literal[""] | None = None,
        application_fee_percent: float | Literal[""] | None = None,
        automatic_tax: QuotesCreateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        customer: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[QuotesCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        footer: str | None = None,
        from_quote: QuotesCreateFromQuoteParams | None = None,
        header: str | None = None,
        invoice_settings: QuotesCreateInvoiceSettingsParams | None = None,
        line_items: Sequence[QuotesCreateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        subscription_data: QuotesCreateSubscriptionDataParams | None = None,
        test_clock: str | None = None,
        transfer_data: QuotesCreateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>A quote models prices and services for a customer. Default options for <code>header</code>, <code>description</code>, <code>footer</code>, and <code>expires_at</code> can be set in the dashboard via the <a href="https://dashboard.stripe.com/settings/billing/quote">quote template</a>.</p>

        `POST /v1/quotes`
        """
        from ..models.quote import Quote

        return self._client.request(
            "post",
            "/v1/quotes",
            body={
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "customer": customer,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "footer": footer,
                "from_quote": from_quote,
                "header": header,
                "invoice_settings": invoice_settings,
                "line_items": line_items,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "subscription_data": subscription_data,
                "test_clock": test_clock,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    def finalize(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Finalizes the quote.</p>

        `POST /v1/quotes/{quote}/finalize`
        """
        from ..models.quote import Quote

        return self._client.request(
            "post",
            "/v1/quotes/{quote}/finalize",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
                "expires_at": expires_at,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
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
        status: Literal["accepted", "canceled", "draft", "open"] | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Quote]:
        """<p>Returns a list of your quotes.</p>

        `GET /v1/quotes`
        """
        from ..models.quote import Quote

        return self._client.request_list(
            "get",
            "/v1/quotes",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "test_clock": test_clock,
            },
            cast_to=ListObject[Quote],
            options=request_options,
        )

    def pdf(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """<p>Download the PDF for a finalized quote</p>

        `GET /v1/quotes/{quote}/pdf`
        """

        return self._client.request(
            "get",
            "/v1/quotes/{quote}/pdf",
            path_params={
                "quote": quote,
            },
            query={
                "expand": expand,
            },
            cast_to=bytes,
            options=request_options,
        )

    def retrieve(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Retrieves the quote with the given ID.</p>

        `GET /v1/quotes/{quote}`
        """
        from ..models.quote import Quote

        return self._client.request(
            "get",
            "/v1/quotes/{quote}",
            path_params={
                "quote": quote,
            },
            query={
                "expand": expand,
            },
            cast_to=Quote,
            options=request_options,
        )

    def update(
        self,
        quote: str,
        *,
        application_fee_amount: int | Literal[""] | None = None,
        application_fee_percent: float | Literal[""] | None = None,
        automatic_tax: QuotesUpdateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        customer: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[QuotesUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        footer: str | None = None,
        header: str | None = None,
        invoice_settings: QuotesUpdateInvoiceSettingsParams | None = None,
        line_items: Sequence[QuotesUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        subscription_data: QuotesUpdateSubscriptionDataParams | None = None,
        transfer_data: QuotesUpdateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>A quote models prices and services for a customer.</p>

        `POST /v1/quotes/{quote}`
        """
        from ..models.quote import Quote

        return self._client.request(
            "post",
            "/v1/quotes/{quote}",
            path_params={
                "quote": quote,
            },
            body={
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "customer": customer,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "footer": footer,
                "header": header,
                "invoice_settings": invoice_settings,
                "line_items": line_items,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "subscription_data": subscription_data,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )


class AsyncQuotesResource:
    """`client.quotes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def computed_upfront_line_items(self) -> AsyncQuotesComputedUpfrontLineItemsResource:
        from .quotes_computed_upfront_line_items import AsyncQuotesComputedUpfrontLineItemsResource

        return AsyncQuotesComputedUpfrontLineItemsResource(self._client)

    @cached_property
    def line_items(self) -> AsyncQuotesLineItemsResource:
        from .quotes_line_items import AsyncQuotesLineItemsResource

        return AsyncQuotesLineItemsResource(self._client)

    async def accept(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Accepts the specified quote.</p>

        `POST /v1/quotes/{quote}/accept`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "post",
            "/v1/quotes/{quote}/accept",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    async def cancel(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Cancels the quote.</p>

        `POST /v1/quotes/{quote}/cancel`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "post",
            "/v1/quotes/{quote}/cancel",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    async def create(
        self,
        *,
        application_fee_amount: int | Literal[""] | None = None,
        application_fee_percent: float | Literal[""] | None = None,
        automatic_tax: QuotesCreateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        customer: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[QuotesCreateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        footer: str | None = None,
        from_quote: QuotesCreateFromQuoteParams | None = None,
        header: str | None = None,
        invoice_settings: QuotesCreateInvoiceSettingsParams | None = None,
        line_items: Sequence[QuotesCreateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        subscription_data: QuotesCreateSubscriptionDataParams | None = None,
        test_clock: str | None = None,
        transfer_data: QuotesCreateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>A quote models prices and services for a customer. Default options for <code>header</code>, <code>description</code>, <code>footer</code>, and <code>expires_at</code> can be set in the dashboard via the <a href="https://dashboard.stripe.com/settings/billing/quote">quote template</a>.</p>

        `POST /v1/quotes`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "post",
            "/v1/quotes",
            body={
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "customer": customer,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "footer": footer,
                "from_quote": from_quote,
                "header": header,
                "invoice_settings": invoice_settings,
                "line_items": line_items,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "subscription_data": subscription_data,
                "test_clock": test_clock,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )

    async def finalize(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Finalizes the quote.</p>

        `POST /v1/quotes/{quote}/finalize`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "post",
            "/v1/quotes/{quote}/finalize",
            path_params={
                "quote": quote,
            },
            body={
                "expand": expand,
                "expires_at": expires_at,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
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
        status: Literal["accepted", "canceled", "draft", "open"] | None = None,
        test_clock: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Quote]:
        """<p>Returns a list of your quotes.</p>

        `GET /v1/quotes`
        """
        from ..models.quote import Quote

        return self._client.request_list(
            "get",
            "/v1/quotes",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "test_clock": test_clock,
            },
            cast_to=AsyncListObject[Quote],
            options=request_options,
        )

    async def pdf(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> bytes:
        """<p>Download the PDF for a finalized quote</p>

        `GET /v1/quotes/{quote}/pdf`
        """

        return await self._client.request(
            "get",
            "/v1/quotes/{quote}/pdf",
            path_params={
                "quote": quote,
            },
            query={
                "expand": expand,
            },
            cast_to=bytes,
            options=request_options,
        )

    async def retrieve(
        self,
        quote: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>Retrieves the quote with the given ID.</p>

        `GET /v1/quotes/{quote}`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "get",
            "/v1/quotes/{quote}",
            path_params={
                "quote": quote,
            },
            query={
                "expand": expand,
            },
            cast_to=Quote,
            options=request_options,
        )

    async def update(
        self,
        quote: str,
        *,
        application_fee_amount: int | Literal[""] | None = None,
        application_fee_percent: float | Literal[""] | None = None,
        automatic_tax: QuotesUpdateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        customer: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[QuotesUpdateDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        expires_at: int | None = None,
        footer: str | None = None,
        header: str | None = None,
        invoice_settings: QuotesUpdateInvoiceSettingsParams | None = None,
        line_items: Sequence[QuotesUpdateLineItemsItemParams] | None = None,
        metadata: Mapping[str, str] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        subscription_data: QuotesUpdateSubscriptionDataParams | None = None,
        transfer_data: QuotesUpdateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Quote:
        """<p>A quote models prices and services for a customer.</p>

        `POST /v1/quotes/{quote}`
        """
        from ..models.quote import Quote

        return await self._client.request(
            "post",
            "/v1/quotes/{quote}",
            path_params={
                "quote": quote,
            },
            body={
                "application_fee_amount": application_fee_amount,
                "application_fee_percent": application_fee_percent,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "customer": customer,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "expand": expand,
                "expires_at": expires_at,
                "footer": footer,
                "header": header,
                "invoice_settings": invoice_settings,
                "line_items": line_items,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "subscription_data": subscription_data,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Quote,
            options=request_options,
        )
