# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceProcessPaymentIntentAction(StripeObject):
    """Represents a reader action to process a payment intent"""

    payment_intent: str | PaymentIntent | StripeObject
    """Most recent PaymentIntent processed by the reader."""
    process_config: TerminalReaderReaderResourceProcessConfig | None = None
    """Represents a per-transaction override of a reader configuration"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_intent import PaymentIntent
from .terminal_reader_reader_resource_process_config import (
    TerminalReaderReaderResourceProcessConfig,
)
