# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ReportingReportTypePreviousAttributes(StripeObject):
    """The previous values of the ReportingReportType fields that changed."""

    data_available_end: int | None = None
    """Most recent time for which this Report Type is available. Measured in seconds since the Unix epoch."""
    data_available_start: int | None = None
    """Earliest time for which this Report Type is available. Measured in seconds since the Unix epoch."""
    default_columns: list[str] | None = None
    """List of column names that are included by default when this Report Type gets run. (If the Report Type doesn't support the `columns` parameter, this will be null.)"""
    id: str | None = None
    """The [ID of the Report Type](https://stripe.com/docs/reporting/statements/api#available-report-types), such as `balance.summary.1`."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    name: str | None = None
    """Human-readable name of the Report Type"""
    object: Literal["reporting.report_type"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    updated: int | None = None
    """When this Report Type was latest updated. Measured in seconds since the Unix epoch."""
    version: int | None = None
    """Version of the Report Type. Different versions report with the same ID will have the same purpose, but may take different run parameters or have different result schemas."""
