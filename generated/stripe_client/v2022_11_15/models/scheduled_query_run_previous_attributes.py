# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class ScheduledQueryRunPreviousAttributes(StripeObject):
    """The previous values of the ScheduledQueryRun fields that changed."""

    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    data_load_time: int | None = None
    """When the query was run, Sigma contained a snapshot of your Stripe data at this time."""
    error: dict[str, Any] | None = None
    file: dict[str, Any] | None = None
    """The file object representing the results of the query."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["scheduled_query_run"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    result_available_until: int | None = None
    """Time at which the result expires and is no longer available for download."""
    sql: str | None = None
    """SQL for the query."""
    status: str | None = None
    """The query's execution status, which will be `completed` for successful runs, and `canceled`, `failed`, or `timed_out` otherwise."""
    title: str | None = None
    """Title of the query."""
