# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ReportingReportType(StripeObject):
    """The Report Type resource corresponds to a particular type of report, such as
    the "Activity summary" or "Itemized payouts" reports. These objects are
    identified by an ID belonging to a set of enumerated values. See
    [API Access to Reports documentation](https://stripe.com/docs/reporting/statements/api)
    for those Report Type IDs, along with required and optional parameters.

    Note that certain report types can only be run based on your live-mode data (not test-mode
    data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).
    """

    data_available_end: int
    """Most recent time for which this Report Type is available. Measured in seconds since the Unix epoch."""
    data_available_start: int
    """Earliest time for which this Report Type is available. Measured in seconds since the Unix epoch."""
    default_columns: list[str] | None = None
    """List of column names that are included by default when this Report Type gets run. (If the Report Type doesn't support the `columns` parameter, this will be null.)"""
    id: str
    """The [ID of the Report Type](https://stripe.com/docs/reporting/statements/api#available-report-types), such as `balance.summary.1`."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    name: str
    """Human-readable name of the Report Type"""
    object: Literal["reporting.report_type"]
    """String representing the object's type. Objects of the same type share the same value."""
    updated: int
    """When this Report Type was latest updated. Measured in seconds since the Unix epoch."""
    version: int
    """Version of the Report Type. Different versions report with the same ID will have the same purpose, but may take different run parameters or have different result schemas."""
