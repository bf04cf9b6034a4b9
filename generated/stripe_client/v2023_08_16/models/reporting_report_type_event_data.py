# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ReportingReportTypeEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: ReportingReportType
    """The Report Type resource corresponds to a particular type of report, such as
        the "Activity summary" or "Itemized payouts" reports. These objects are
        identified by an ID belonging to a set of enumerated values. See
        [API Access to Reports documentation](https://stripe.com/docs/reporting/statements/api)
        for those Report Type IDs, along with required and optional parameters.

        Note that certain report types can only be run based on your live-mode data (not test-mode
        data), and will error when queried without a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).
        """
    previous_attributes: ReportingReportTypePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .reporting_report_type import ReportingReportType
from .reporting_report_type_previous_attributes import ReportingReportTypePreviousAttributes
