# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.
"""`client.reporting`: 0 operation(s)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from stripe_client._runtime.client import AsyncAPIClient, SyncAPIClient
from stripe_client._runtime.options import RequestOptions

if TYPE_CHECKING:
    from .reporting_report_runs import ReportingReportRunsResource, AsyncReportingReportRunsResource
    from .reporting_report_types import (
        ReportingReportTypesResource,
        AsyncReportingReportTypesResource,
    )


class ReportingResource:
    """`client.reporting`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def report_runs(self) -> ReportingReportRunsResource:
        from .reporting_report_runs import ReportingReportRunsResource

        return ReportingReportRunsResource(self._client)

    @cached_property
    def report_types(self) -> ReportingReportTypesResource:
        from .reporting_report_types import ReportingReportTypesResource

        return ReportingReportTypesResource(self._client)


class AsyncReportingResource:
    """`client.reporting` (async)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def report_runs(self) -> AsyncReportingReportRunsResource:
        from .reporting_report_runs import AsyncReportingReportRunsResource

        return AsyncReportingReportRunsResource(self._client)

    @cached_property
    def report_types(self) -> AsyncReportingReportTypesResource:
        from .reporting_report_types import AsyncReportingReportTypesResource

        return AsyncReportingReportTypesResource(self._client)
