# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceLineItem(StripeObject):
    """Represents a line item to be displayed on the reader"""

    amount: int
    """The amount of the line item. A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    description: str
    """Description of the line item."""
    quantity: int
    """The quantity of the line item."""
