# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.credit_notes.preview`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.credit_note import CreditNote
    from ..params import CreditNotesPreviewRetrieveLinesItemParams
    from .credit_notes_preview_lines import (
        CreditNotesPreviewLinesResource,
        AsyncCreditNotesPreviewLinesResource,
    )


class CreditNotesPreviewResource:
    """`client.credit_notes.preview`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> CreditNotesPreviewLinesResource:
        from .credit_notes_preview_lines import CreditNotesPreviewLinesResource

        return CreditNotesPreviewLinesResource(self._client)

    def retrieve(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        expand: Sequence[str] | None = None,
        lines: Sequence[CreditNotesPreviewRetrieveLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Get a preview of a credit note without creating it.</p>

        `GET /v1/credit_notes/preview`
        """
        from ..models.credit_note import CreditNote

        return self._client.request(
            "get",
            "/v1/credit_notes/preview",
            query={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "expand": expand,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
            },
            cast_to=CreditNote,
            options=request_options,
        )


class AsyncCreditNotesPreviewResource:
    """`client.credit_notes.preview` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def lines(self) -> AsyncCreditNotesPreviewLinesResource:
        from .credit_notes_preview_lines import AsyncCreditNotesPreviewLinesResource

        return AsyncCreditNotesPreviewLinesResource(self._client)

    async def retrieve(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        expand: Sequence[str] | None = None,
        lines: Sequence[CreditNotesPreviewRetrieveLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreditNote:
        """<p>Get a preview of a credit note without creating it.</p>

        `GET /v1/credit_notes/preview`
        """
        from ..models.credit_note import CreditNote

        return await self._client.request(
            "get",
            "/v1/credit_notes/preview",
            query={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "expand": expand,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
            },
            cast_to=CreditNote,
            options=request_options,
        )
