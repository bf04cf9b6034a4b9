# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.reporting.report_types`: 2 operation(s)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.models import AsyncListObject, AsyncPager, ListObject
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from ..models.reporting_report_type import ReportingReportType


class ReportingReportTypesResource:
    """`client.reporting.report_types`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ListObject[ReportingReportType]:
        """<p>Returns a full list of Report Types.</p>

        `GET /v1/reporting/report_types`
        """
        from ..models.reporting_report_type import ReportingReportType

        return self._client.request_list(
            "get",
            "/v1/reporting/report_types",
            query={
                "expand": expand,
            },
            cast_to=ListObject[ReportingReportType],
            options=request_options,
        )

    def retrieve(
        self,
        report_type: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportType:
        """<p>Retrieves the details of a Report Type. (Certain report types require a <a href="https://stripe.com/docs/keys#test-live-modes">live-mode API key</a>.)</p>

        `GET /v1/reporting/report_types/{report_type}`
        """
        from ..models.reporting_report_type import ReportingReportType

        return self._client.request(
            "get",
            "/v1/reporting/report_types/{report_type}",
            path_params={
                "report_type": report_type,
            },
            query={
                "expand": expand,
            },
            cast_to=ReportingReportType,
            options=request_options,
        )


class AsyncReportingReportTypesResource:
    """`client.reporting.report_types` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReportingReportType]:
        """<p>Returns a full list of Report Types.</p>

        `GET /v1/reporting/report_types`
        """
        from ..models.reporting_report_type import ReportingReportType

        return self._client.request_list(
            "get",
            "/v1/reporting/report_types",
            query={
                "expand": expand,
            },
            cast_to=AsyncListObject[ReportingReportType],
            options=request_options,
        )

    async def retrieve(
        self,
        report_type: str,
        *,
        expand: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ReportingReportType:
        """<p>Retrieves the details of a Report Type. (Certain report types require a <a href="https://stripe.com/docs/keys#test-live-modes">live-mode API key</a>.)</p>

        `GET /v1/reporting/report_types/{report_type}`
        """
        from ..models.reporting_report_type import ReportingReportType

        return await self._client.request(
            "get",
            "/v1/reporting/report_types/{report_type}",
            path_params={
                "report_type": report_type,
            },
            query={
                "expand": expand,
            },
            cast_to=ReportingReportType,
            options=request_options,
        )
