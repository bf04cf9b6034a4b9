# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceSetReaderDisplayAction(StripeObject):
    """Represents a reader action to set the reader display"""

    cart: TerminalReaderReaderResourceCart | None = None
    """Cart object to be displayed by the reader."""
    type: Literal["cart"]
    """Type of information to be displayed by the reader."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_reader_reader_resource_cart import TerminalReaderReaderResourceCart
