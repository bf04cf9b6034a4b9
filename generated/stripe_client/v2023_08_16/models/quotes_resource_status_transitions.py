# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class QuotesResourceStatusTransitions(StripeObject):
    """QuotesResourceStatusTransitions"""

    accepted_at: int | None = None
    """The time that the quote was accepted. Measured in seconds since Unix epoch."""
    canceled_at: int | None = None
    """The time that the quote was canceled. Measured in seconds since Unix epoch."""
    finalized_at: int | None = None
    """The time that the quote was finalized. Measured in seconds since Unix epoch."""
