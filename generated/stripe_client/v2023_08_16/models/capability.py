# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class Capability(StripeObject):
    """This is an object representing a capability for a Stripe account.

    Related guide: [Account capabilities](https://stripe.com/docs/connect/account-capabilities)
    """

    account: str | Account | StripeObject
    """The account for which the capability enables functionality."""
    future_requirements: AccountCapabilityFutureRequirements | None = None
    id: str
    """The identifier for the capability."""
    object: Literal["capability"]
    """String representing the object's type. Objects of the same type share the same value."""
    requested: bool
    """Whether the capability has been requested."""
    requested_at: int | None = None
    """Time at which the capability was requested. Measured in seconds since the Unix epoch."""
    requirements: AccountCapabilityRequirements | None = None
    status: Literal["active", "disabled", "inactive", "pending", "unrequested"] | str
    """The status of the capability. Can be `active`, `inactive`, `pending`, or `unrequested`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .account_capability_future_requirements import AccountCapabilityFutureRequirements
from .account_capability_requirements import AccountCapabilityRequirements
