# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.credit_notes.lines`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.credit_note_line_item import CreditNoteLineItem


class CreditNotesLinesResource:
    """`client.credit_notes.lines`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        credit_note: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[CreditNoteLineItem]:
        """<p>When retrieving a credit note, you’ll get a <strong>lines</strong> property containing the the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/credit_notes/{credit_note}/lines`
        """
        from ..models.credit_note_line_item import CreditNoteLineItem

        return self._client.request_list(
            "get",
            "/v1/credit_notes/{credit_note}/lines",
            path_params={
                "credit_note": credit_note,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[CreditNoteLineItem],
            options=request_options,
        )


class AsyncCreditNotesLinesResource:
    """`client.credit_notes.lines` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        credit_note: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CreditNoteLineItem]:
        """<p>When retrieving a credit note, you’ll get a <strong>lines</strong> property containing the the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/credit_notes/{credit_note}/lines`
        """
        from ..models.credit_note_line_item import CreditNoteLineItem

        return self._client.request_list(
            "get",
            "/v1/credit_notes/{credit_note}/lines",
            path_params={
                "credit_note": credit_note,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[CreditNoteLineItem],
            options=request_options,
        )
