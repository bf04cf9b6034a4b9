# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Any, Literal

from stripe_client._runtime.models import StripeObject


class CashBalancePreviousAttributes(StripeObject):
    """The previous values of the CashBalance fields that changed."""

    available: dict[str, int] | None = None
    """A hash of all cash balances available to this customer. You cannot delete a customer with any cash balances, even if the balance is 0. Amounts are represented in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    customer: str | None = None
    """The ID of the customer whose cash balance this object represents."""
    livemode: bool | None = None
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["cash_balance"] | None = None
    """String representing the object's type. Objects of the same type share the same value."""
    settings: dict[str, Any] | None = None
