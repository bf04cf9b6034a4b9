# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CashBalanceEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: CashBalance
    """A customer's `Cash balance` represents real funds. Customers can add funds to their cash balance by sending a bank transfer. These funds can be used for payment and can eventually be paid out to your bank account."""
    previous_attributes: CashBalancePreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .cash_balance import CashBalance
from .cash_balance_previous_attributes import CashBalancePreviousAttributes
