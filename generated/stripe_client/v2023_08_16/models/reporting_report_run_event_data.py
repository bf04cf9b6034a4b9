# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ReportingReportRunEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: ReportingReportRun
    """The Report Run object represents an instance of a report type generated with
        specific run parameters. Once the object is created, Stripe begins processing the report.
        When the report has finished running, it will give you a reference to a file
        where you can retrieve your results. For an overview, see
        [API Access to Reports](https://stripe.com/docs/reporting/statements/api).

        Note that certain report types can only be run based on your live-mode data (not test-mode
        data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).
        """
    previous_attributes: ReportingReportRunPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .reporting_report_run import ReportingReportRun
from .reporting_report_run_previous_attributes import ReportingReportRunPreviousAttributes
