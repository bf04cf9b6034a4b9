# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceCart(StripeObject):
    """Represents a cart to be displayed on the reader"""

    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    line_items: list[TerminalReaderReaderResourceLineItem]
    """List of line items in the cart."""
    tax: int | None = None
    """Tax amount for the entire cart. A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    total: int
    """Total amount for the entire cart, including tax. A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_reader_reader_resource_line_item import TerminalReaderReaderResourceLineItem
