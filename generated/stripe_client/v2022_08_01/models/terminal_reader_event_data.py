# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TerminalReaderEventData(StripeObject):
    """The `data` of an event: the object it is about, and what changed."""

    object: TerminalReader
    """A Reader represents a physical device for accepting payment details.

        Related guide: [Connecting to a Reader](https://stripe.com/docs/terminal/payments/connect-reader).
        """
    previous_attributes: TerminalReaderPreviousAttributes | None = None
    """For `*.updated` events, the names of the attributes that changed and their values before the event. If an array attribute has any updated elements, this contains the entire array."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .terminal_reader import TerminalReader
from .terminal_reader_previous_attributes import TerminalReaderPreviousAttributes
