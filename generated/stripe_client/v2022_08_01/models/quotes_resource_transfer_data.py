# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class QuotesResourceTransferData(StripeObject):
    """QuotesResourceTransferData"""

    amount: int | None = None
    """The amount in %s that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination."""
    amount_percent: float | None = None
    """A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the destination account. By default, the entire amount will be transferred to the destination."""
    destination: str | Account | StripeObject
    """The account where funds from the payment will be transferred to upon payment success."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .account import Account
