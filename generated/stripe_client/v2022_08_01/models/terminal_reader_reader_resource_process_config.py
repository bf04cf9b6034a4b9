# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderReaderResourceProcessConfig(StripeObject):
    """Represents a per-transaction override of a reader configuration"""

    skip_tipping: bool | None = None
    """Override showing a tipping selection screen on this transaction."""
    tipping: TerminalReaderReaderResourceTippingConfig | None = None
    """Represents a per-transaction tipping configuration"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_reader_reader_resource_tipping_config import (
    TerminalReaderReaderResourceTippingConfig,
)
