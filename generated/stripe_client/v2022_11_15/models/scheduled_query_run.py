# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ScheduledQueryRun(StripeObject):
    """If you have [scheduled a Sigma query](https://stripe.com/docs/sigma/scheduled-queries), you'll
    receive a `sigma.scheduled_query_run.created` webhook each time the query
    runs. The webhook contains a `ScheduledQueryRun` object, which you can use to
    retrieve the query results.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    data_load_time: int
    """When the query was run, Sigma contained a snapshot of your Stripe data at this time."""
    error: SigmaScheduledQueryRunError | None = None
    file: File | None = None
    """The file object representing the results of the query."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["scheduled_query_run"]
    """String representing the object's type. Objects of the same type share the same value."""
    result_available_until: int
    """Time at which the result expires and is no longer available for download."""
    sql: str
    """SQL for the query."""
    status: str
    """The query's execution status, which will be `completed` for successful runs, and `canceled`, `failed`, or `timed_out` otherwise."""
    title: str
    """Title of the query."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
from .sigma_scheduled_query_run_error import SigmaScheduledQueryRunError
