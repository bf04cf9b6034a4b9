# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.quotes.computed_upfront_line_items`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.item import Item


class QuotesComputedUpfrontLineItemsResource:
    """`client.quotes.computed_upfront_line_items`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        quote: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[Item]:
        """<p>When retrieving a quote, there is an includable <a href="https://stripe.com/docs/api/quotes/object#quote_object-computed-upfront-line_items"><strong>computed.upfront.line_items</strong></a> property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of upfront line items.</p>

        `GET /v1/quotes/{quote}/computed_upfront_line_items`
        """
        from ..models.item import Item

        return self._client.request_list(
            "get",
            "/v1/quotes/{quote}/computed_upfront_line_items",
            path_params={
                "quote": quote,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[Item],
            options=request_options,
        )


class AsyncQuotesComputedUpfrontLineItemsResource:
    """`client.quotes.computed_upfront_line_items` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        quote: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Item]:
        """<p>When retrieving a quote, there is an includable <a href="https://stripe.com/docs/api/quotes/object#quote_object-computed-upfront-line_items"><strong>computed.upfront.line_items</strong></a> property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of upfront line items.</p>

        `GET /v1/quotes/{quote}/computed_upfront_line_items`
        """
        from ..models.item import Item

        return self._client.request_list(
            "get",
            "/v1/quotes/{quote}/computed_upfront_line_items",
            path_params={
                "quote": quote,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[Item],
            options=request_options,
        )
