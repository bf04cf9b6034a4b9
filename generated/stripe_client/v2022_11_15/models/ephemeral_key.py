# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class EphemeralKey(StripeObject):
    """EphemeralKey"""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    expires: int
    """Time at which the key will expire. Measured in seconds since the Unix epoch."""
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["ephemeral_key"]
    """String representing the object's type. Objects of the same type share the same value."""
    secret: str | None = None
    """The key's secret. You can use this value to make authorized requests to the Stripe API."""
