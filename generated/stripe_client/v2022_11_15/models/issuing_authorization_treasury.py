# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationTreasury(StripeObject):
    """IssuingAuthorizationTreasury"""

    received_credits: list[str]
    """The array of [ReceivedCredits](https://stripe.com/docs/api/treasury/received_credits) associated with this authorization"""
    received_debits: list[str]
    """The array of [ReceivedDebits](https://stripe.com/docs/api/treasury/received_debits) associated with this authorization"""
    transaction: str | None = None
    """The Treasury [Transaction](https://stripe.com/docs/api/treasury/transactions) associated with this authorization"""
