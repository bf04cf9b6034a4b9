# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class AccountUnificationAccountController(StripeObject):
    """AccountUnificationAccountController"""

    is_controller: bool | None = None
    """`true` if the Connect application retrieving the resource controls the account and can therefore exercise [platform controls](https://stripe.com/docs/connect/platform-controls-for-standard-accounts). Otherwise, this field is null."""
    type: Literal["account", "application"] | str
    """The controller type. Can be `application`, if a Connect application controls the account, or `account`, if the account controls itself."""
