# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CashBalance(StripeObject):
    """A customer's `Cash balance` represents real funds. Customers can add funds to their cash balance by sending a bank transfer. These funds can be used for payment and can eventually be paid out to your bank account."""

    available: dict[str, int] | None = None
    """A hash of all cash balances available to this customer. You cannot delete a customer with any cash balances, even if the balance is 0. Amounts are represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    customer: str
    """The ID of the customer whose cash balance this object represents."""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["cash_balance"]
    """String representing the object's type. Objects of the same type share the same value."""
    settings: CustomerBalanceCustomerBalanceSettings


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .customer_balance_customer_balance_settings import CustomerBalanceCustomerBalanceSettings
