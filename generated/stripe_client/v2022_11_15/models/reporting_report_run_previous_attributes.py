# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ReportingReportRunPreviousAttributes(StripeObject):
    """The previous values of the ReportingReportRun fields that changed."""

    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    error: str | None = None
    """If something should go wrong during the run, a message about the failure (populated when
         `status=failed`).
        """
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """`true` if the report is run on live mode data and `false` if it is run on test mode data."""
    object: Literal["reporting.report_run"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    parameters: dict[str, Any] | None = None
    report_type: str | None = None
    """The ID of the [report type](https://stripe.com/docs/reports/report-types) to run, such as `"balance.summary.1"`."""
    result: dict[str, Any] | None = None
    """The file object representing the result of the report run (populated when
         `status=succeeded`).
        """
    status: str | None = None
    """Status of this report run. This will be `pending` when the run is initially created.
         When the run finishes, this will be set to `succeeded` and the `result` field will be populated.
         Rarely, we may encounter an error, at which point this will be set to `failed` and the `error` field will be populated.
        """
    succeeded_at: int | None = None
    """Timestamp at which this run successfully finished (populated when
         `status=succeeded`). Measured in seconds since the Unix epoch.
        """
