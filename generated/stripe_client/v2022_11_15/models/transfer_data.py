# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TransferData(StripeObject):
    """transfer_data"""

    amount: int | None = None
    """Amount intended to be collected by this PaymentIntent. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99)."""
    destination: str | Account | StripeObject
    """The account (if any) the payment will be attributed to for tax
        reporting, and where funds from the payment will be transferred to upon
        payment success.
        """


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
