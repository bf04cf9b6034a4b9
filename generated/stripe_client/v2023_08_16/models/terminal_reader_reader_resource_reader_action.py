# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceReaderAction(StripeObject):
    """Represents an action performed by the reader"""

    failure_code: str | None = None
    """Failure code, only set if status is `failed`."""
    failure_message: str | None = None
    """Detailed failure message, only set if status is `failed`."""
    process_payment_intent: TerminalReaderReaderResourceProcessPaymentIntentAction | None = None
    """Represents a reader action to process a payment intent"""
    process_setup_intent: TerminalReaderReaderResourceProcessSetupIntentAction | None = None
    """Represents a reader action to process a setup intent"""
    refund_payment: TerminalReaderReaderResourceRefundPaymentAction | None = None
    """Represents a reader action to refund a payment"""
    set_reader_display: TerminalReaderReaderResourceSetReaderDisplayAction | None = None
    """Represents a reader action to set the reader display"""
    status: Literal["failed", "in_progress", "succeeded"] | str
    """Status of the action performed by the reader."""
    type: (
        Literal[
            "process_payment_intent", "process_setup_intent", "refund_payment", "set_reader_display"
        ]
        | str
    )
    """Type of action performed by the reader."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_reader_reader_resource_process_payment_intent_action import (
    TerminalReaderReaderResourceProcessPaymentIntentAction,
)
from .terminal_reader_reader_resource_process_setup_intent_action import (
    TerminalReaderReaderResourceProcessSetupIntentAction,
)
from .terminal_reader_reader_resource_refund_payment_action import (
    TerminalReaderReaderResourceRefundPaymentAction,
)
from .terminal_reader_reader_resource_set_reader_display_action import (
    TerminalReaderReaderResourceSetReaderDisplayAction,
)
