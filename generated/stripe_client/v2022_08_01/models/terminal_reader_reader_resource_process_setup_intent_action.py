# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceProcessSetupIntentAction(StripeObject):
    """Represents a reader action to process a setup intent"""

    generated_card: str | None = None
    """ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod."""
    setup_intent: str | SetupIntent | StripeObject
    """Most recent SetupIntent processed by the reader."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent import SetupIntent
