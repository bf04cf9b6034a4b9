# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class LoginLink(StripeObject):
    """LoginLink"""

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    object: Literal["login_link"]
    """String representing the object's type. Objects of the same type share the same value."""
    url: str
    """The URL for the login link."""
