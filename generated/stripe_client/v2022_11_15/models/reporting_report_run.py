# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ReportingReportRun(StripeObject):
    """The Report Run object represents an instance of a report type generated with
    specific run parameters. Once the object is created, Stripe begins processing the report.
    When the report has finished running, it will give you a reference to a file
    where you can retrieve your results. For an overview, see
    [API Access to Reports](https://stripe.com/docs/reporting/statements/api).

    Note that certain report types can only be run based on your live-mode data (not test-mode
    data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    error: str | None = None
    """If something should go wrong during the run, a message about the failure (populated when
         `status=failed`).
        """
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """`true` if the report is run on live mode data and `false` if it is run on test mode data."""
    object: Literal["reporting.report_run"]
    """String representing the object's type. Objects of the same type share the same value."""
    parameters: FinancialReportingFinanceReportRunRunParameters
    report_type: str
    """The ID of the [report type](https://stripe.com/docs/reports/report-types) to run, such as `"balance.summary.1"`."""
    result: File | None = None
    """The file object representing the result of the report run (populated when
         `status=succeeded`).
        """
    status: str
    """Status of this report run. This will be `pending` when the run is initially created.
         When the run finishes, this will be set to `succeeded` and the `result` field will be populated.
         Rarely, we may encounter an error, at which point this will be set to `failed` and the `error` field will be populated.
        """
    succeeded_at: int | None = None
    """Timestamp at which this run successfully finished (populated when
         `status=succeeded`). Measured in seconds since the Unix epoch.
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
from .financial_reporting_finance_report_run_run_parameters import (
    FinancialReportingFinanceReportRunRunParameters,
)
