# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class QuotesResourceFromQuote(StripeObject):
    """QuotesResourceFromQuote"""

    is_revision: bool
    """Whether this quote is a revision of a different quote."""
    quote: str | Quote | StripeObject
    """The quote that was cloned."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .quote import Quote
