# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TestHelpersTestClockPreviousAttributes(StripeObject):
    """The previous values of the TestHelpersTestClock fields that changed."""

    created: int | None = None
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    deletes_after: int | None = None
    """Time at which this clock is scheduled to auto delete."""
    frozen_time: int | None = None
    """Time at which all objects belonging to this clock are frozen."""
    id: str | None = None
    """Unique identifier for the object."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    name: str | None = None
    """The custom name supplied at creation."""
    object: Literal["test_helpers.test_clock"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    status: Literal["advancing", "internal_failure", "ready"] | str | None = None
    """The status of the Test Clock."""
