# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SecretServiceResourceScope(StripeObject):
    """SecretServiceResourceScope"""

    type: Literal["account", "user"] | str
    """The secret scope type."""
    user: str | None = None
    """The user ID, if type is set to "user\""""
