# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class BankConnectionsResourceAccountholder(StripeObject):
    """BankConnectionsResourceAccountholder"""

    account: str | Account | StripeObject | None = None
    """The ID of the Stripe account this account belongs to. Should only be present if `account_holder.type` is `account`."""
    customer: str | Customer | StripeObject | None = None
    """ID of the Stripe customer this account belongs to. Present if and only if `account_holder.type` is `customer`."""
    type: Literal["account", "customer"] | str
    """Type of account holder that this account belongs to."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
from .customer import Customer
