# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class FinancialReportingFinanceReportRunRunParameters(StripeObject):
    """FinancialReportingFinanceReportRunRunParameters"""

    columns: list[str] | None = None
    """The set of output columns requested for inclusion in the report run."""
    connected_account: str | None = None
    """Connected account ID by which to filter the report run."""
    currency: str | None = None
    """Currency of objects to be included in the report run."""
    interval_end: int | None = None
    """Ending timestamp of data to be included in the report run (exclusive)."""
    interval_start: int | None = None
    """Starting timestamp of data to be included in the report run."""
    payout: str | None = None
    """Payout ID by which to filter the report run."""
    reporting_category: str | None = None
    """Category of balance transactions to be included in the report run."""
    timezone: str | None = None
    """Defaults to `Etc/UTC`. The output timezone for all timestamps in the report. A list of possible time zone values is maintained at the [IANA Time Zone Database](http://www.iana.org/time-zones). Has no effect on `interval_start` or `interval_end`."""
