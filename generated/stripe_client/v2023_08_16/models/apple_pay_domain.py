# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ApplePayDomain(StripeObject):
    """ApplePayDomain"""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    domain_name: str
    id: str
    """Unique identifier for the object."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["apple_pay_domain"]
    """String representing the object's type. Objects of the same type share the same value."""
