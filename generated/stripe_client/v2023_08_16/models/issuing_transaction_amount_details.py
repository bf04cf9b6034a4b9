# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingTransactionAmountDetails(StripeObject):
    """IssuingTransactionAmountDetails"""

    atm_fee: int | None = None
    """The fee charged by the ATM for the cash withdrawal."""
    cashback_amount: int | None = None
    """The amount of cash requested by the cardholder."""
