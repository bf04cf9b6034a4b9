# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class ScheduledQueryRunEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: ScheduledQueryRun
    """If you have [scheduled a Sigma query](https://stripe.com/docs/sigma/scheduled-queries), you'll
        receive a `sigma.scheduled_query_run.created` webhook each time the query
        runs. The webhook contains a `ScheduledQueryRun` object, which you can use to
        retrieve the query results.
        """
    previous_attributes: ScheduledQueryRunPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .scheduled_query_run import ScheduledQueryRun
from .scheduled_query_run_previous_attributes import ScheduledQueryRunPreviousAttributes
