# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.subscription_items.usage_record_summaries`: 1 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.usage_record_summary import UsageRecordSummary


class SubscriptionItemsUsageRecordSummariesResource:
    """`client.subscription_items.usage_record_summaries`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        subscription_item: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[UsageRecordSummary]:
        """<p>For the specified subscription item, returns a list of summary objects. Each object in the list provides usage information that’s been summarized from multiple usage records and over a subscription billing period (e.g., 15 usage records in the month of September).</p>

        <p>The list is sorted in reverse-chronological order (newest first). The first list item represents the most current usage period that hasn’t ended yet. Since new usage records can still be added, the returned summary information for the subscription item’s ID should be seen as unstable until the subscription billing period ends.</p>

        `GET /v1/subscription_items/{subscription_item}/usage_record_summaries`
        """
        from ..models.usage_record_summary import UsageRecordSummary

        return self._client.request_list(
            "get",
            "/v1/subscription_items/{subscription_item}/usage_record_summaries",
            path_params={
                "subscription_item": subscription_item,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[UsageRecordSummary],
            options=request_options,
        )


class AsyncSubscriptionItemsUsageRecordSummariesResource:
    """`client.subscription_items.usage_record_summaries` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        subscription_item: str,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UsageRecordSummary]:
        """<p>For the specified subscription item, returns a list of summary objects. Each object in the list provides usage information that’s been summarized from multiple usage records and over a subscription billing period (e.g., 15 usage records in the month of September).</p>

        <p>The list is sorted in reverse-chronological order (newest first). The first list item represents the most current usage period that hasn’t ended yet. Since new usage records can still be added, the returned summary information for the subscription item’s ID should be seen as unstable until the subscription billing period ends.</p>

        `GET /v1/subscription_items/{subscription_item}/usage_record_summaries`
        """
        from ..models.usage_record_summary import UsageRecordSummary

        return self._client.request_list(
            "get",
            "/v1/subscription_items/{subscription_item}/usage_record_summaries",
            path_params={
                "subscription_item": subscription_item,
            },
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[UsageRecordSummary],
            options=request_options,
        )
