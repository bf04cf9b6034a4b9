# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.credit_notes`: 5 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.credit_note import CreditNote
    from ..params import CreditNotesCreateLinesItemParams
    from ..params import CreditNotesCreateShippingCostParams
    from .credit_notes_lines import CreditNotesLinesResource, AsyncCreditNotesLinesResource
    from .credit_notes_preview import CreditNotesPreviewResource, AsyncCreditNotesPreviewResource


class CreditNotesResource:
    """`client.credit_notes`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> CreditNotesLinesResource:
        from .credit_notes_lines import CreditNotesLinesResource

        return CreditNotesLinesResource(self._client)

    @cached_property
    def preview(self) -> CreditNotesPreviewResource:
        from .credit_notes_preview import CreditNotesPreviewResource

        return CreditNotesPreviewResource(self._client)

    def create(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        effective_at: int | None = None,
        expand: Sequence[str] | None = None,
        lines: Sequence[CreditNotesCreateLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        shipping_cost: CreditNotesCreateShippingCostParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Issue a credit note to adjust the amount of a finalized invoice. For a <code>status=open</code> invoice, a credit note reduces
        its <code>amount_due</code>. For a <code>status=paid</code> invoice, a credit note does not affect its <code>amount_due</code>. Instead, it can result
        in any combination of the following:</p>

        <ul>
        <li>Refund: create a new refund (using <code>refund_amount</code>) or link an existing refund (using <code>refund</code>).</li>
        <li>Customer balance credit: credit the customer’s balance (using <code>credit_amount</code>) which will be automatically applied to their next invoice when it’s finalized.</li>
        <li>Outside of Stripe credit: record the amount that is or will be credited outside of Stripe (using <code>out_of_band_amount</code>).</li>
        </ul>

        <p>For post-payment credit notes the sum of the refund, credit and outside of Stripe amounts must equal the credit note total.</p>

        <p>You may issue multiple credit notes for an invoice. Each credit note will increment the invoice’s <code>pre_payment_credit_notes_amount</code>
        or <code>post_payment_credit_notes_amount</code> depending on its <code>status</code> at the time of credit note creation.</p>

        `POST /v1/credit_notes`
        """
        from ..models.credit_note import CreditNote

        return self._client.request(
            "post",
            "/v1/credit_notes",
            body={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "effective_at": effective_at,
                "expand": expand,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
                "shipping_cost": shipping_cost,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CreditNote]:
        """<p>Returns a list of credit notes.</p>

        `GET /v1/credit_notes`
        """
        from ..models.credit_note import CreditNote

        return self._client.request_list(
            "get",
            "/v1/credit_notes",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "invoice": invoice,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CreditNote],
            options=request_options,
        )

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Retrieves the credit note object with the given identifier.</p>

        `GET /v1/credit_notes/{id}`
        """
        from ..models.credit_note import CreditNote

        return self._client.request(
            "get",
            "/v1/credit_notes/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=CreditNote,
            options=request_options,
        )

    def update(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Updates an existing credit note.</p>

        `POST /v1/credit_notes/{id}`
        """
        from ..models.credit_note import CreditNote

        return self._client.request(
            "post",
            "/v1/credit_notes/{id}",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "memo": memo,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )

    def void(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Marks a credit note as void. Learn more about <a href="/docs/billing/invoices/credit-notes#voiding">voiding credit notes</a>.</p>

        `POST /v1/credit_notes/{id}/void`
        """
        from ..models.credit_note import CreditNote

        return self._client.request(
            "post",
            "/v1/credit_notes/{id}/void",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )


class AsyncCreditNotesResource:
    """`client.credit_notes` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> AsyncCreditNotesLinesResource:
        from .credit_notes_lines import AsyncCreditNotesLinesResource

        return AsyncCreditNotesLinesResource(self._client)

    @cached_property
    def preview(self) -> AsyncCreditNotesPreviewResource:
        from .credit_notes_preview import AsyncCreditNotesPreviewResource

        return AsyncCreditNotesPreviewResource(self._client)

    async def create(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        effective_at: int | None = None,
        expand: Sequence[str] | None = None,
        lines: Sequence[CreditNotesCreateLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        shipping_cost: CreditNotesCreateShippingCostParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Issue a credit note to adjust the amount of a finalized invoice. For a <code>status=open</code> invoice, a credit note reduces
        its <code>amount_due</code>. For a <code>status=paid</code> invoice, a credit note does not affect its <code>amount_due</code>. Instead, it can result
        in any combination of the following:</p>

        <ul>
        <li>Refund: create a new refund (using <code>refund_amount</code>) or link an existing refund (using <code>refund</code>).</li>
        <li>Customer balance credit: credit the customer’s balance (using <code>credit_amount</code>) which will be automatically applied to their next invoice when it’s finalized.</li>
        <li>Outside of Stripe credit: record the amount that is or will be credited outside of Stripe (using <code>out_of_band_amount</code>).</li>
        </ul>

        <p>For post-payment credit notes the sum of the refund, credit and outside of Stripe amounts must equal the credit note total.</p>

        <p>You may issue multiple credit notes for an invoice. Each credit note will increment the invoice’s <code>pre_payment_credit_notes_amount</code>
        or <code>post_payment_credit_notes_amount</code> depending on its <code>status</code> at the time of credit note creation.</p>

        `POST /v1/credit_notes`
        """
        from ..models.credit_note import CreditNote

        return await self._client.request(
            "post",
            "/v1/credit_notes",
            body={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "effective_at": effective_at,
                "expand": expand,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
                "shipping_cost": shipping_cost,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )

    def list(
        self,
        *,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        invoice: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CreditNote]:
        """<p>Returns a list of credit notes.</p>

        `GET /v1/credit_notes`
        """
        from ..models.credit_note import CreditNote

        return self._client.request_list(
            "get",
            "/v1/credit_notes",
            query={
                "customer": customer,
                "ending_before": ending_before,
                "expand": expand,
                "invoice": invoice,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CreditNote],
            options=request_options,
        )

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Retrieves the credit note object with the given identifier.</p>

        `GET /v1/credit_notes/{id}`
        """
        from ..models.credit_note import CreditNote

        return await self._client.request(
            "get",
            "/v1/credit_notes/{id}",
            path_params={
                "id": id,
            },
            query={
                "expand": expand,
            },
            cast_to=CreditNote,
            options=request_options,
        )

    async def update(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Updates an existing credit note.</p>

        `POST /v1/credit_notes/{id}`
        """
        from ..models.credit_note import CreditNote

        return await self._client.request(
            "post",
            "/v1/credit_notes/{id}",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
                "memo": memo,
                "metadata": metadata,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )

    async def void(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Marks a credit note as void. Learn more about <a href="/docs/billing/invoices/credit-notes#voiding">voiding credit notes</a>.</p>

        `POST /v1/credit_notes/{id}/void`
        """
        from ..models.credit_note import CreditNote

        return await self._client.request(
            "post",
            "/v1/credit_notes/{id}/void",
            path_params={
                "id": id,
            },
            body={
                "expand": expand,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=CreditNote,
            options=request_options,
        )
