# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.sigma.scheduled_query_runs`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.scheduled_query_run import ScheduledQueryRun


class SigmaScheduledQueryRunsResource:
    """`client.sigma.scheduled_query_runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ScheduledQueryRun]:
        """<p>Returns a list of scheduled query runs.</p>

        `GET /v1/sigma/scheduled_query_runs`
        """
        from ..models.scheduled_query_run import ScheduledQueryRun

        return self._client.request_list(
            "get",
            "/v1/sigma/scheduled_query_runs",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ScheduledQueryRun],
            options=request_options,
        )

    def retrieve(
        self,
        scheduled_query_run: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ScheduledQueryRun:
        """<p>Retrieves the details of an scheduled query run.</p>

        `GET /v1/sigma/scheduled_query_runs/{scheduled_query_run}`
        """
        from ..models.scheduled_query_run import ScheduledQueryRun

        return self._client.request(
            "get",
            "/v1/sigma/scheduled_query_runs/{scheduled_query_run}",
            path_params={
                "scheduled_query_run": scheduled_query_run,
            },
            query={
                "expand": expand,
            },
            cast_to=ScheduledQueryRun,
            options=request_options,
        )


class AsyncSigmaScheduledQueryRunsResource:
    """`client.sigma.scheduled_query_runs` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ScheduledQueryRun]:
        """<p>Returns a list of scheduled query runs.</p>

        `GET /v1/sigma/scheduled_query_runs`
        """
        from ..models.scheduled_query_run import ScheduledQueryRun

        return self._client.request_list(
            "get",
            "/v1/sigma/scheduled_query_runs",
            query={
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ScheduledQueryRun],
            options=request_options,
        )

    async def retrieve(
        self,
        scheduled_query_run: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ScheduledQueryRun:
        """<p>Retrieves the details of an scheduled query run.</p>

        `GET /v1/sigma/scheduled_query_runs/{scheduled_query_run}`
        """
        from ..models.scheduled_query_run import ScheduledQueryRun

        return await self._client.request(
            "get",
            "/v1/sigma/scheduled_query_runs/{scheduled_query_run}",
            path_params={
                "scheduled_query_run": scheduled_query_run,
            },
            query={
                "expand": expand,
            },
            cast_to=ScheduledQueryRun,
            options=request_options,
        )
