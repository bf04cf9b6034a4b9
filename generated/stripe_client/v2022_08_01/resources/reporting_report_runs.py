# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.reporting.report_runs`: 3 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.reporting_report_run import ReportingReportRun
    from ..params import ReportingReportRunsCreateParametersParams
    from ..params import ReportingReportRunsListCreatedParams


class ReportingReportRunsResource:
    """`client.reporting.report_runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        report_type: str,
        expand: Sequence[str] | None = None,
        parameters: ReportingReportRunsCreateParametersParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportRun:
        """<p>Creates a new object and begin running the report. (Certain report types require a <a href="https://stripe.com/docs/keys#test-live-modes">live-mode API key</a>.)</p>

        `POST /v1/reporting/report_runs`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return self._client.request(
            "post",
            "/v1/reporting/report_runs",
            body={
                "report_type": report_type,
                "expand": expand,
                "parameters": parameters,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ReportingReportRun,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ReportingReportRunsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ReportingReportRun]:
        """<p>Returns a list of Report Runs, with the most recent appearing first.</p>

        `GET /v1/reporting/report_runs`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return self._client.request_list(
            "get",
            "/v1/reporting/report_runs",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=ListObject[ReportingReportRun],
            options=request_options,
        )

    def retrieve(
        self,
        report_run: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportRun:
        """<p>Retrieves the details of an existing Report Run.</p>

        `GET /v1/reporting/report_runs/{report_run}`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return self._client.request(
            "get",
            "/v1/reporting/report_runs/{report_run}",
            path_params={
                "report_run": report_run,
            },
            query={
                "expand": expand,
            },
            cast_to=ReportingReportRun,
            options=request_options,
        )


class AsyncReportingReportRunsResource:
    """`client.reporting.report_runs` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        report_type: str,
        expand: Sequence[str] | None = None,
        parameters: ReportingReportRunsCreateParametersParams | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportRun:
        """<p>Creates a new object and begin running the report. (Certain report types require a <a href="https://stripe.com/docs/keys#test-live-modes">live-mode API key</a>.)</p>

        `POST /v1/reporting/report_runs`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return await self._client.request(
            "post",
            "/v1/reporting/report_runs",
            body={
                "report_type": report_type,
                "expand": expand,
                "parameters": parameters,
            },
            body_type="form",
            idempotency_header="Idempotency-Key",
            cast_to=ReportingReportRun,
            options=request_options,
        )

    def list(
        self,
        *,
        created: ReportingReportRunsListCreatedParams | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReportingReportRun]:
        """<p>Returns a list of Report Runs, with the most recent appearing first.</p>

        `GET /v1/reporting/report_runs`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return self._client.request_list(
            "get",
            "/v1/reporting/report_runs",
            query={
                "created": created,
                "ending_before": ending_before,
                "expand": expand,
                "limit": limit,
                "starting_after": starting_after,
            },
            cast_to=AsyncListObject[ReportingReportRun],
            options=request_options,
        )

    async def retrieve(
        self,
        report_run: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportRun:
        """<p>Retrieves the details of an existing Report Run.</p>

        `GET /v1/reporting/report_runs/{report_run}`
        """
        from ..models.reporting_report_run import ReportingReportRun

        return await self._client.request(
            "get",
            "/v1/reporting/report_runs/{report_run}",
            path_params={
                "report_run": report_run,
            },
            query={
                "expand": expand,
            },
            cast_to=ReportingReportRun,
            options=request_options,
        )
