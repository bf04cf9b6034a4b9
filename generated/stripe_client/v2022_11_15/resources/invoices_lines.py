# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.invoices.lines`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.line_item import LineItem


class InvoicesLinesResource:
    """`client.invoices.lines`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        invoice: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[LineItem]:
        """<p>When retrieving an invoice, you’ll get a <strong>lines</strong> property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/invoices/{invoice}/lines`
        """
        from ..models.line_item import LineItem

        return self._client.request_list(
            "get",
            "/v1/invoices/{invoice}/lines",
            path_params={
                "invoice": invoice,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[LineItem],
            options=request_options,
        )


class AsyncInvoicesLinesResource:
    """`client.invoices.lines` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        invoice: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[LineItem]:
        """<p>When retrieving an invoice, you’ll get a <strong>lines</strong> property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.</p>

        `GET /v1/invoices/{invoice}/lines`
        """
        from ..models.line_item import LineItem

        return self._client.request_list(
            "get",
            "/v1/invoices/{invoice}/lines",
            path_params={
                "invoice": invoice,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[LineItem],
            options=request_options,
        )
