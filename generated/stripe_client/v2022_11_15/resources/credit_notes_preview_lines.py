# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.credit_notes.preview.lines`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.credit_note_line_item import CreditNoteLineItem
    from ..params import CreditNotesPreviewLinesListLinesItemParams


class CreditNotesPreviewLinesResource:
    """`client.credit_notes.preview.lines`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        lines: Sequence[CreditNotesPreviewLinesListLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CreditNoteLineItem]:
        """<p>When retrieving a credit note preview, you’ll get a <strong>lines</strong> property containing the first handful of those items. This URL you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/credit_notes/preview/lines`
        """
        from ..models.credit_note_line_item import CreditNoteLineItem

        return self._client.request_list(
            "get",
            "/v1/credit_notes/preview/lines",
            query={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CreditNoteLineItem],
            options=request_options,
        )


class AsyncCreditNotesPreviewLinesResource:
    """`client.credit_notes.preview.lines` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        invoice: str,
        amount: int | None = None,
        credit_amount: int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        lines: Sequence[CreditNotesPreviewLinesListLinesItemParams] | None = None,
        memo: str | None = None,
        metadata: Mapping[str, str] | None = None,
        out_of_band_amount: int | None = None,
        reason: (
            Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
        ) = None,
        refund: str | None = None,
        refund_amount: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CreditNoteLineItem]:
        """<p>When retrieving a credit note preview, you’ll get a <strong>lines</strong> property containing the first handful of those items. This URL you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/credit_notes/preview/lines`
        """
        from ..models.credit_note_line_item import CreditNoteLineItem

        return self._client.request_list(
            "get",
            "/v1/credit_notes/preview/lines",
            query={
                "invoice": invoice,
                "amount": amount,
                "credit_amount": credit_amount,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "lines": lines,
                "memo": memo,
                "metadata": metadata,
                "out_of_band_amount": out_of_band_amount,
                "reason": reason,
                "refund": refund,
                "refund_amount": refund_amount,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CreditNoteLineItem],
            options=request_options,
        )
