# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.tax.transactions.line_items`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.tax_transaction_line_item import TaxTransactionLineItem


class TaxTransactionsLineItemsResource:
    """`client.tax.transactions.line_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        transaction: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[TaxTransactionLineItem]:
        """<p>Retrieves the line items of a committed standalone transaction as a collection.</p>

        `GET /v1/tax/transactions/{transaction}/line_items`
        """
        from ..models.tax_transaction_line_item import TaxTransactionLineItem

        return self._client.request_list(
            "get",
            "/v1/tax/transactions/{transaction}/line_items",
            path_params={
                "transaction": transaction,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[TaxTransactionLineItem],
            options=request_options,
        )


class AsyncTaxTransactionsLineItemsResource:
    """`client.tax.transactions.line_items` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        transaction: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TaxTransactionLineItem]:
        """<p>Retrieves the line items of a committed standalone transaction as a collection.</p>

        `GET /v1/tax/transactions/{transaction}/line_items`
        """
        from ..models.tax_transaction_line_item import TaxTransactionLineItem

        return self._client.request_list(
            "get",
            "/v1/tax/transactions/{transaction}/line_items",
            path_params={
                "transaction": transaction,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[TaxTransactionLineItem],
            options=request_options,
        )
