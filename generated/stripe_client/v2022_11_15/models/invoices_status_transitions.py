# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class InvoicesStatusTransitions(StripeObject):
    """InvoicesStatusTransitions"""

    finalized_at: int | None = None
    """The time that the invoice draft was finalized."""
    marked_uncollectible_at: int | None = None
    """The time that the invoice was marked uncollectible."""
    paid_at: int | None = None
    """The time that the invoice was paid."""
    voided_at: int | None = None
    """The time that the invoice was voided."""
