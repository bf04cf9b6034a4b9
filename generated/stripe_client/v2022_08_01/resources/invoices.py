# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.invoices`: 13 operation(s)."""

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
    from ..models.deleted_invoice import DeletedInvoice
    from ..models.invoice import Invoice
    from ..models.line_item import LineItem
    from ..params import InvoicesCreateAutomaticTaxParams
    from ..params import InvoicesCreateCustomFieldsItemParams
    from ..params import InvoicesCreateDiscountsItemParams
    from ..params import InvoicesCreateFromInvoiceParams
    from ..params import InvoicesCreatePaymentSettingsParams
    from ..params import InvoicesCreateRenderingOptionsParams
    from ..params import InvoicesCreateTransferDataParams
    from ..params import InvoicesListCreatedParams
    from ..params import InvoicesListDueDateParams
    from ..params import InvoicesUpcomingAutomaticTaxParams
    from ..params import InvoicesUpcomingCustomerDetailsParams
    from ..params import InvoicesUpcomingDiscountsItemParams
    from ..params import InvoicesUpcomingInvoiceItemsItemParams
    from ..params import InvoicesUpcomingLinesAutomaticTaxParams
    from ..params import InvoicesUpcomingLinesCustomerDetailsParams
    from ..params import InvoicesUpcomingLinesDiscountsItemParams
    from ..params import InvoicesUpcomingLinesInvoiceItemsItemParams
    from ..params import InvoicesUpcomingLinesSubscriptionItemsItemParams
    from ..params import InvoicesUpcomingSubscriptionItemsItemParams
    from ..params import InvoicesUpdateAutomaticTaxParams
    from ..params import InvoicesUpdateCustomFieldsItemParams
    from ..params import InvoicesUpdateDiscountsItemParams
    from ..params import InvoicesUpdatePaymentSettingsParams
    from ..params import InvoicesUpdateRenderingOptionsParams
    from ..params import InvoicesUpdateTransferDataParams
    from .invoices_lines import InvoicesLinesResource, AsyncInvoicesLinesResource


class InvoicesResource:
    """`client.invoices`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> InvoicesLinesResource:
        from .invoices_lines import InvoicesLinesResource

        return InvoicesLinesResource(self._client)

    def create(
        self,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesCreateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        currency: str | None = None,
        custom_fields: Sequence[InvoicesCreateCustomFieldsItemParams] | Literal[""] | None = None,
        customer: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesCreateDiscountsItemParams] | Literal[""] | None = None,
        due_date: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        from_invoice: InvoicesCreateFromInvoiceParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        payment_settings: InvoicesCreatePaymentSettingsParams | None = None,
        pending_invoice_items_behavior: (
            Literal["exclude", "include", "include_and_require"] | None
        ) = None,
        rendering_options: InvoicesCreateRenderingOptionsParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        subscription: str | None = None,
        transfer_data: InvoicesCreateTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>This endpoint creates a draft invoice for a given customer. The invoice remains a draft until you <a href="#finalize_invoice">finalize</a> the invoice, which allows you to <a href="#pay_invoice">pay</a> or <a href="#send_invoice">send</a> the invoice to your customers.</p>

        `POST /v1/invoices`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices",
            body={
                "account_tax_ids": account_tax_ids,
                "application_fee_amount": application_fee_amount,
                "auto_advance": auto_advance,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "currency": currency,
                "custom_fields": custom_fields,
                "customer": customer,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "due_date": due_date,
                "expand": expand,
                "footer": footer,
                "from_invoice": from_invoice,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_settings": payment_settings,
                "pending_invoice_items_behavior": pending_invoice_items_behavior,
                "rendering_options": rendering_options,
                "statement_descriptor": statement_descriptor,
                "subscription": subscription,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def delete(
        self,
        invoice: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedInvoice:
        """<p>Permanently deletes a one-off invoice draft. This cannot be undone. Attempts to delete invoices that are no longer in a draft state will fail; once an invoice has been finalized or if an invoice is for a subscription, it must be <a href="#void_invoice">voided</a>.</p>

        `DELETE /v1/invoices/{invoice}`
        """
        from ..models.deleted_invoice import DeletedInvoice

        return self._client.request(
            "delete",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            cast_to=DeletedInvoice,
            options=request_options,
        )

    def finalize(
        self,
        invoice: str,
        *,
        auto_advance: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However, if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

        `POST /v1/invoices/{invoice}/finalize`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}/finalize",
            path_params={
                "invoice": invoice,
            },
            body={
                "auto_advance": auto_advance,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def list(
        self,
        *,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: InvoicesListCreatedParams | int | None = None,
        customer: str | None = None,
        due_date: InvoicesListDueDateParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["draft", "open", "paid", "uncollectible", "void"] | None = None,
        subscription: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Invoice]:
        """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are returned sorted by creation date, with the most recently created invoices appearing first.</p>

        `GET /v1/invoices`
        """
        from ..models.invoice import Invoice

        return self._client.request_list(
            "get",
            "/v1/invoices",
            query={
                "collection_method": collection_method,
                "created": created,
                "customer": customer,
                "due_date": due_date,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "subscription": subscription,
            },
            cast_to=ListObject[Invoice],
            options=request_options,
        )

    def mark_uncollectible(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Marking an invoice as uncollectible is useful for keeping track of bad debts that can be written off for accounting purposes.</p>

        `POST /v1/invoices/{invoice}/mark_uncollectible`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}/mark_uncollectible",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def pay(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        forgive: bool | None = None,
        mandate: str | None = None,
        off_session: bool | None = None,
        paid_out_of_band: bool | None = None,
        payment_method: str | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe automatically creates and then attempts to collect payment on invoices for customers on subscriptions according to your <a href="https://dashboard.stripe.com/account/billing/automatic">subscriptions settings</a>. However, if you’d like to attempt payment on an invoice out of the normal collection schedule or for some other reason, you can do so.</p>

        `POST /v1/invoices/{invoice}/pay`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}/pay",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
                "forgive": forgive,
                "mandate": mandate,
                "off_session": off_session,
                "paid_out_of_band": paid_out_of_band,
                "payment_method": payment_method,
                "source": source,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def retrieve(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Retrieves the invoice with the given ID.</p>

        `GET /v1/invoices/{invoice}`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "get",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            query={
                "expand": expand,
            },
            cast_to=Invoice,
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
    ) -> SearchResult[Invoice]:
        """<p>Search for invoices you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/invoices/search`
        """
        from ..models.invoice import Invoice

        return self._client.request_list(
            "get",
            "/v1/invoices/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=SearchResult[Invoice],
            options=request_options,
        )

    def send(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe will automatically send invoices to customers according to your <a href="https://dashboard.stripe.com/account/billing/automatic">subscriptions settings</a>. However, if you’d like to manually send an invoice to your customer out of the normal schedule, you can do so. When sending invoices that have already been paid, there will be no reference to the payment in the email.</p>

        <p>Requests made in test-mode result in no emails being sent, despite sending an <code>invoice.sent</code> event.</p>

        `POST /v1/invoices/{invoice}/send`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}/send",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def upcoming(
        self,
        *,
        automatic_tax: InvoicesUpcomingAutomaticTaxParams | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_details: InvoicesUpcomingCustomerDetailsParams | None = None,
        discounts: Sequence[InvoicesUpcomingDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        invoice_items: Sequence[InvoicesUpcomingInvoiceItemsItemParams] | None = None,
        schedule: str | None = None,
        subscription: str | None = None,
        subscription_billing_cycle_anchor: Literal["now", "unchanged"] | int | None = None,
        subscription_cancel_at: int | Literal[""] | None = None,
        subscription_cancel_at_period_end: bool | None = None,
        subscription_cancel_now: bool | None = None,
        subscription_default_tax_rates: Sequence[str] | Literal[""] | None = None,
        subscription_items: Sequence[InvoicesUpcomingSubscriptionItemsItemParams] | None = None,
        subscription_proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        subscription_proration_date: int | None = None,
        subscription_start_date: int | None = None,
        subscription_trial_end: Literal["now"] | int | None = None,
        subscription_trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>At any time, you can preview the upcoming invoice for a customer. This will show you all the charges that are pending, including subscription renewal charges, invoice item charges, etc. It will also show you any discounts that are applicable to the invoice.</p>

        <p>Note that when you are viewing an upcoming invoice, you are simply viewing a preview – the invoice has not yet been created. As such, the upcoming invoice will not show up in invoice listing calls, and you cannot use the API to pay or edit the invoice. If you want to change the amount that your customer will be billed, you can add, remove, or update pending invoice items, or update the customer’s discount.</p>

        <p>You can preview the effects of updating a subscription, including a preview of what proration will take place. To ensure that the actual proration is calculated exactly the same as the previewed proration, you should pass a <code>proration_date</code> parameter when doing the actual subscription update. The value passed in should be the same as the <code>subscription_proration_date</code> returned on the upcoming invoice resource. The recommended way to get only the prorations being previewed is to consider only proration line items where <code>period[start]</code> is equal to the <code>subscription_proration_date</code> on the upcoming invoice resource.</p>

        `GET /v1/invoices/upcoming`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "get",
            "/v1/invoices/upcoming",
            query={
                "automatic_tax": automatic_tax,
                "coupon": coupon,
                "currency": currency,
                "customer": customer,
                "customer_details": customer_details,
                "discounts": discounts,
                "expand": expand,
                "invoice_items": invoice_items,
                "schedule": schedule,
                "subscription": subscription,
                "subscription_billing_cycle_anchor": subscription_billing_cycle_anchor,
                "subscription_cancel_at": subscription_cancel_at,
                "subscription_cancel_at_period_end": subscription_cancel_at_period_end,
                "subscription_cancel_now": subscription_cancel_now,
                "subscription_default_tax_rates": subscription_default_tax_rates,
                "subscription_items": subscription_items,
                "subscription_proration_behavior": subscription_proration_behavior,
                "subscription_proration_date": subscription_proration_date,
                "subscription_start_date": subscription_start_date,
                "subscription_trial_end": subscription_trial_end,
                "subscription_trial_from_plan": subscription_trial_from_plan,
            },
            cast_to=Invoice,
            options=request_options,
        )

    def upcoming_lines(
        self,
        *,
        automatic_tax: InvoicesUpcomingLinesAutomaticTaxParams | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_details: InvoicesUpcomingLinesCustomerDetailsParams | None = None,
        discounts: Sequence[InvoicesUpcomingLinesDiscountsItemParams] | Literal[""] | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_items: Sequence[InvoicesUpcomingLinesInvoiceItemsItemParams] | None = None,
        limit: int | None = None,
        schedule: str | None = None,
        starting_after: str | None = None,
        subscription: str | None = None,
        subscription_billing_cycle_anchor: Literal["now", "unchanged"] | int | None = None,
        subscription_cancel_at: int | Literal[""] | None = None,
        subscription_cancel_at_period_end: bool | None = None,
        subscription_cancel_now: bool | None = None,
        subscription_default_tax_rates: Sequence[str] | Literal[""] | None = None,
        subscription_items: (
            Sequence[InvoicesUpcomingLinesSubscriptionItemsItemParams] | None
        ) = None,
        subscription_proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        subscription_proration_date: int | None = None,
        subscription_start_date: int | None = None,
        subscription_trial_end: Literal["now"] | int | None = None,
        subscription_trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[LineItem]:
        """<p>When retrieving an upcoming invoice, you’ll get a <strong>lines</strong> property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/invoices/upcoming/lines`
        """
        from ..models.line_item import LineItem

        return self._client.request_list(
            "get",
            "/v1/invoices/upcoming/lines",
            query={
                "automatic_tax": automatic_tax,
                "coupon": coupon,
                "currency": currency,
                "customer": customer,
                "customer_details": customer_details,
                "discounts": discounts,
                "ending_before": ending_before,
                "expand": expand,
                "invoice_items": invoice_items,
                "limit": limit,
                "schedule": schedule,
                "starting_after": starting_after,
                "subscription": subscription,
                "subscription_billing_cycle_anchor": subscription_billing_cycle_anchor,
                "subscription_cancel_at": subscription_cancel_at,
                "subscription_cancel_at_period_end": subscription_cancel_at_period_end,
                "subscription_cancel_now": subscription_cancel_now,
                "subscription_default_tax_rates": subscription_default_tax_rates,
                "subscription_items": subscription_items,
                "subscription_proration_behavior": subscription_proration_behavior,
                "subscription_proration_date": subscription_proration_date,
                "subscription_start_date": subscription_start_date,
                "subscription_trial_end": subscription_trial_end,
                "subscription_trial_from_plan": subscription_trial_from_plan,
            },
            cast_to=ListObject[LineItem],
            options=request_options,
        )

    def update(
        self,
        invoice: str,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesUpdateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        custom_fields: Sequence[InvoicesUpdateCustomFieldsItemParams] | Literal[""] | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesUpdateDiscountsItemParams] | Literal[""] | None = None,
        due_date: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_settings: InvoicesUpdatePaymentSettingsParams | None = None,
        rendering_options: InvoicesUpdateRenderingOptionsParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        transfer_data: InvoicesUpdateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Draft invoices are fully editable. Once an invoice is <a href="/docs/billing/invoices/workflow#finalized">finalized</a>,
        monetary values, as well as <code>collection_method</code>, become uneditable.</p>

        <p>If you would like to stop the Stripe Billing engine from automatically finalizing, reattempting payments on,
        sending reminders for, or <a href="/docs/billing/invoices/reconciliation">automatically reconciling</a> invoices, pass
        <code>auto_advance=false</code>.</p>

        `POST /v1/invoices/{invoice}`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            body={
                "account_tax_ids": account_tax_ids,
                "application_fee_amount": application_fee_amount,
                "auto_advance": auto_advance,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "custom_fields": custom_fields,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "due_date": due_date,
                "expand": expand,
                "footer": footer,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_settings": payment_settings,
                "rendering_options": rendering_options,
                "statement_descriptor": statement_descriptor,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def void(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Mark a finalized invoice as void. This cannot be undone. Voiding an invoice is similar to <a href="#delete_invoice">deletion</a>, however it only applies to finalized invoices and maintains a papertrail where the invoice can still be found.</p>

        `POST /v1/invoices/{invoice}/void`
        """
        from ..models.invoice import Invoice

        return self._client.request(
            "post",
            "/v1/invoices/{invoice}/void",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )


class AsyncInvoicesResource:
    """`client.invoices` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> AsyncInvoicesLinesResource:
        from .invoices_lines import AsyncInvoicesLinesResource

        return AsyncInvoicesLinesResource(self._client)

    async def create(
        self,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesCreateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        currency: str | None = None,
        custom_fields: Sequence[InvoicesCreateCustomFieldsItemParams] | Literal[""] | None = None,
        customer: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesCreateDiscountsItemParams] | Literal[""] | None = None,
        due_date: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        from_invoice: InvoicesCreateFromInvoiceParams | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        payment_settings: InvoicesCreatePaymentSettingsParams | None = None,
        pending_invoice_items_behavior: (
            Literal["exclude", "include", "include_and_require"] | None
        ) = None,
        rendering_options: InvoicesCreateRenderingOptionsParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        subscription: str | None = None,
        transfer_data: InvoicesCreateTransferDataParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>This endpoint creates a draft invoice for a given customer. The invoice remains a draft until you <a href="#finalize_invoice">finalize</a> the invoice, which allows you to <a href="#pay_invoice">pay</a> or <a href="#send_invoice">send</a> the invoice to your customers.</p>

        `POST /v1/invoices`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices",
            body={
                "account_tax_ids": account_tax_ids,
                "application_fee_amount": application_fee_amount,
                "auto_advance": auto_advance,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "currency": currency,
                "custom_fields": custom_fields,
                "customer": customer,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "due_date": due_date,
                "expand": expand,
                "footer": footer,
                "from_invoice": from_invoice,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_settings": payment_settings,
                "pending_invoice_items_behavior": pending_invoice_items_behavior,
                "rendering_options": rendering_options,
                "statement_descriptor": statement_descriptor,
                "subscription": subscription,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    async def delete(
        self,
        invoice: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeletedInvoice:
        """<p>Permanently deletes a one-off invoice draft. This cannot be undone. Attempts to delete invoices that are no longer in a draft state will fail; once an invoice has been finalized or if an invoice is for a subscription, it must be <a href="#void_invoice">voided</a>.</p>

        `DELETE /v1/invoices/{invoice}`
        """
        from ..models.deleted_invoice import DeletedInvoice

        return await self._client.request(
            "delete",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            cast_to=DeletedInvoice,
            options=request_options,
        )

    async def finalize(
        self,
        invoice: str,
        *,
        auto_advance: bool | None = None,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe automatically finalizes drafts before sending and attempting payment on invoices. However, if you’d like to finalize a draft invoice manually, you can do so using this method.</p>

        `POST /v1/invoices/{invoice}/finalize`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}/finalize",
            path_params={
                "invoice": invoice,
            },
            body={
                "auto_advance": auto_advance,
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    def list(
        self,
        *,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        created: InvoicesListCreatedParams | int | None = None,
        customer: str | None = None,
        due_date: InvoicesListDueDateParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["draft", "open", "paid", "uncollectible", "void"] | None = None,
        subscription: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Invoice]:
        """<p>You can list all invoices, or list the invoices for a specific customer. The invoices are returned sorted by creation date, with the most recently created invoices appearing first.</p>

        `GET /v1/invoices`
        """
        from ..models.invoice import Invoice

        return self._client.request_list(
            "get",
            "/v1/invoices",
            query={
                "collection_method": collection_method,
                "created": created,
                "customer": customer,
                "due_date": due_date,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
                "status": status,
                "subscription": subscription,
            },
            cast_to=AsyncListObject[Invoice],
            options=request_options,
        )

    async def mark_uncollectible(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Marking an invoice as uncollectible is useful for keeping track of bad debts that can be written off for accounting purposes.</p>

        `POST /v1/invoices/{invoice}/mark_uncollectible`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}/mark_uncollectible",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    async def pay(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        forgive: bool | None = None,
        mandate: str | None = None,
        off_session: bool | None = None,
        paid_out_of_band: bool | None = None,
        payment_method: str | None = None,
        source: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe automatically creates and then attempts to collect payment on invoices for customers on subscriptions according to your <a href="https://dashboard.stripe.com/account/billing/automatic">subscriptions settings</a>. However, if you’d like to attempt payment on an invoice out of the normal collection schedule or for some other reason, you can do so.</p>

        `POST /v1/invoices/{invoice}/pay`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}/pay",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
                "forgive": forgive,
                "mandate": mandate,
                "off_session": off_session,
                "paid_out_of_band": paid_out_of_band,
                "payment_method": payment_method,
                "source": source,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    async def retrieve(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Retrieves the invoice with the given ID.</p>

        `GET /v1/invoices/{invoice}`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "get",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            query={
                "expand": expand,
            },
            cast_to=Invoice,
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
    ) -> AsyncSearchPager[Invoice]:
        """<p>Search for invoices you’ve previously created using Stripe’s <a href="/docs/search#search-query-language">Search Query Language</a>.
        Don’t use search in read-after-write flows where strict consistency is necessary. Under normal operating
        conditions, data is searchable in less than a minute. Occasionally, propagation of new or updated data can be up
        to an hour behind during outages. Search functionality is not available to merchants in India.</p>

        `GET /v1/invoices/search`
        """
        from ..models.invoice import Invoice

        return self._client.request_list(
            "get",
            "/v1/invoices/search",
            query={
                "query": query,
                "expand": expand,
                "limit": limit,
                "page": page,
            },
            cast_to=AsyncSearchResult[Invoice],
            options=request_options,
        )

    async def send(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Stripe will automatically send invoices to customers according to your <a href="https://dashboard.stripe.com/account/billing/automatic">subscriptions settings</a>. However, if you’d like to manually send an invoice to your customer out of the normal schedule, you can do so. When sending invoices that have already been paid, there will be no reference to the payment in the email.</p>

        <p>Requests made in test-mode result in no emails being sent, despite sending an <code>invoice.sent</code> event.</p>

        `POST /v1/invoices/{invoice}/send`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}/send",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    async def upcoming(
        self,
        *,
        automatic_tax: InvoicesUpcomingAutomaticTaxParams | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_details: InvoicesUpcomingCustomerDetailsParams | None = None,
        discounts: Sequence[InvoicesUpcomingDiscountsItemParams] | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        invoice_items: Sequence[InvoicesUpcomingInvoiceItemsItemParams] | None = None,
        schedule: str | None = None,
        subscription: str | None = None,
        subscription_billing_cycle_anchor: Literal["now", "unchanged"] | int | None = None,
        subscription_cancel_at: int | Literal[""] | None = None,
        subscription_cancel_at_period_end: bool | None = None,
        subscription_cancel_now: bool | None = None,
        subscription_default_tax_rates: Sequence[str] | Literal[""] | None = None,
        subscription_items: Sequence[InvoicesUpcomingSubscriptionItemsItemParams] | None = None,
        subscription_proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        subscription_proration_date: int | None = None,
        subscription_start_date: int | None = None,
        subscription_trial_end: Literal["now"] | int | None = None,
        subscription_trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>At any time, you can preview the upcoming invoice for a customer. This will show you all the charges that are pending, including subscription renewal charges, invoice item charges, etc. It will also show you any discounts that are applicable to the invoice.</p>

        <p>Note that when you are viewing an upcoming invoice, you are simply viewing a preview – the invoice has not yet been created. As such, the upcoming invoice will not show up in invoice listing calls, and you cannot use the API to pay or edit the invoice. If you want to change the amount that your customer will be billed, you can add, remove, or update pending invoice items, or update the customer’s discount.</p>

        <p>You can preview the effects of updating a subscription, including a preview of what proration will take place. To ensure that the actual proration is calculated exactly the same as the previewed proration, you should pass a <code>proration_date</code> parameter when doing the actual subscription update. The value passed in should be the same as the <code>subscription_proration_date</code> returned on the upcoming invoice resource. The recommended way to get only the prorations being previewed is to consider only proration line items where <code>period[start]</code> is equal to the <code>subscription_proration_date</code> on the upcoming invoice resource.</p>

        `GET /v1/invoices/upcoming`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "get",
            "/v1/invoices/upcoming",
            query={
                "automatic_tax": automatic_tax,
                "coupon": coupon,
                "currency": currency,
                "customer": customer,
                "customer_details": customer_details,
                "discounts": discounts,
                "expand": expand,
                "invoice_items": invoice_items,
                "schedule": schedule,
                "subscription": subscription,
                "subscription_billing_cycle_anchor": subscription_billing_cycle_anchor,
                "subscription_cancel_at": subscription_cancel_at,
                "subscription_cancel_at_period_end": subscription_cancel_at_period_end,
                "subscription_cancel_now": subscription_cancel_now,
                "subscription_default_tax_rates": subscription_default_tax_rates,
                "subscription_items": subscription_items,
                "subscription_proration_behavior": subscription_proration_behavior,
                "subscription_proration_date": subscription_proration_date,
                "subscription_start_date": subscription_start_date,
                "subscription_trial_end": subscription_trial_end,
                "subscription_trial_from_plan": subscription_trial_from_plan,
            },
            cast_to=Invoice,
            options=request_options,
        )

    def upcoming_lines(
        self,
        *,
        automatic_tax: InvoicesUpcomingLinesAutomaticTaxParams | None = None,
        coupon: str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        customer_details: InvoicesUpcomingLinesCustomerDetailsParams | None = None,
        discounts: Sequence[InvoicesUpcomingLinesDiscountsItemParams] | Literal[""] | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_items: Sequence[InvoicesUpcomingLinesInvoiceItemsItemParams] | None = None,
        limit: int | None = None,
        schedule: str | None = None,
        starting_after: str | None = None,
        subscription: str | None = None,
        subscription_billing_cycle_anchor: Literal["now", "unchanged"] | int | None = None,
        subscription_cancel_at: int | Literal[""] | None = None,
        subscription_cancel_at_period_end: bool | None = None,
        subscription_cancel_now: bool | None = None,
        subscription_default_tax_rates: Sequence[str] | Literal[""] | None = None,
        subscription_items: (
            Sequence[InvoicesUpcomingLinesSubscriptionItemsItemParams] | None
        ) = None,
        subscription_proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        subscription_proration_date: int | None = None,
        subscription_start_date: int | None = None,
        subscription_trial_end: Literal["now"] | int | None = None,
        subscription_trial_from_plan: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[LineItem]:
        """<p>When retrieving an upcoming invoice, you’ll get a <strong>lines</strong> property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/invoices/upcoming/lines`
        """
        from ..models.line_item import LineItem

        return self._client.request_list(
            "get",
            "/v1/invoices/upcoming/lines",
            query={
                "automatic_tax": automatic_tax,
                "coupon": coupon,
                "currency": currency,
                "customer": customer,
                "customer_details": customer_details,
                "discounts": discounts,
                "ending_before": ending_before,
                "expand": expand,
                "invoice_items": invoice_items,
                "limit": limit,
                "schedule": schedule,
                "starting_after": starting_after,
                "subscription": subscription,
                "subscription_billing_cycle_anchor": subscription_billing_cycle_anchor,
                "subscription_cancel_at": subscription_cancel_at,
                "subscription_cancel_at_period_end": subscription_cancel_at_period_end,
                "subscription_cancel_now": subscription_cancel_now,
                "subscription_default_tax_rates": subscription_default_tax_rates,
                "subscription_items": subscription_items,
                "subscription_proration_behavior": subscription_proration_behavior,
                "subscription_proration_date": subscription_proration_date,
                "subscription_start_date": subscription_start_date,
                "subscription_trial_end": subscription_trial_end,
                "subscription_trial_from_plan": subscription_trial_from_plan,
            },
            cast_to=AsyncListObject[LineItem],
            options=request_options,
        )

    async def update(
        self,
        invoice: str,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesUpdateAutomaticTaxParams | None = None,
        collection_method: Literal["charge_automatically", "send_invoice"] | None = None,
        custom_fields: Sequence[InvoicesUpdateCustomFieldsItemParams] | Literal[""] | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesUpdateDiscountsItemParams] | Literal[""] | None = None,
        due_date: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_settings: InvoicesUpdatePaymentSettingsParams | None = None,
        rendering_options: InvoicesUpdateRenderingOptionsParams | Literal[""] | None = None,
        statement_descriptor: str | None = None,
        transfer_data: InvoicesUpdateTransferDataParams | Literal[""] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Draft invoices are fully editable. Once an invoice is <a href="/docs/billing/invoices/workflow#finalized">finalized</a>,
        monetary values, as well as <code>collection_method</code>, become uneditable.</p>

        <p>If you would like to stop the Stripe Billing engine from automatically finalizing, reattempting payments on,
        sending reminders for, or <a href="/docs/billing/invoices/reconciliation">automatically reconciling</a> invoices, pass
        <code>auto_advance=false</code>.</p>

        `POST /v1/invoices/{invoice}`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}",
            path_params={
                "invoice": invoice,
            },
            body={
                "account_tax_ids": account_tax_ids,
                "application_fee_amount": application_fee_amount,
                "auto_advance": auto_advance,
                "automatic_tax": automatic_tax,
                "collection_method": collection_method,
                "custom_fields": custom_fields,
                "days_until_due": days_until_due,
                "default_payment_method": default_payment_method,
                "default_source": default_source,
                "default_tax_rates": default_tax_rates,
                "description": description,
                "discounts": discounts,
                "due_date": due_date,
                "expand": expand,
                "footer": footer,
                "metadata": metadata,
                "on_behalf_of": on_behalf_of,
                "payment_settings": payment_settings,
                "rendering_options": rendering_options,
                "statement_descriptor": statement_descriptor,
                "transfer_data": transfer_data,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )

    async def void(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """<p>Mark a finalized invoice as void. This cannot be undone. Voiding an invoice is similar to <a href="#delete_invoice">deletion</a>, however it only applies to finalized invoices and maintains a papertrail where the invoice can still be found.</p>

        `POST /v1/invoices/{invoice}/void`
        """
        from ..models.invoice import Invoice

        return await self._client.request(
            "post",
            "/v1/invoices/{invoice}/void",
            path_params={
                "invoice": invoice,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=Invoice,
            options=request_options,
        )
