# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TestHelpersTestClock(StripeObject):
    """A test clock enables deterministic control over objects in testmode. With a test clock, you can create
    objects at a frozen time in the past or future, and advance to a specific future time to observe webhooks and state changes. After the clock advances,
    you can either validate the current state of your scenario (and test your assumptions), change the current state of your scenario (and test more complex scenarios), or keep advancing forward in time.
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    deletes_after: int
    """Time at which this clock is scheduled to auto delete."""
    frozen_time: int
    """Time at which all objects belonging to this clock are frozen."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    name: str | None = None
    """The custom name supplied at creation."""
    object: Literal["test_helpers.test_clock"]
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["advancing", "internal_failure", "ready"] | str
    """The status of the Test Clock."""
