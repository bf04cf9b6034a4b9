# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TestHelpersTestClockEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TestHelpersTestClock
    """A test clock enables deterministic control over objects in testmode. With a test clock, you can create
        objects at a frozen time in the past or future, and advance to a specific future time to observe webhooks and state changes. After the clock advances,
        you can either validate the current state of your scenario (and test your assumptions), change the current state of your scenario (and test more complex scenarios), or keep advancing forward in time.
        """
    previous_attributes: TestHelpersTestClockPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .test_helpers_test_clock import TestHelpersTestClock
from .test_helpers_test_clock_previous_attributes import TestHelpersTestClockPreviousAttributes
