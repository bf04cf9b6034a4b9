# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SourceTransactionPaperCheckData(StripeObject):
    """SourceTransactionPaperCheckData"""

    available_at: str | None = None
    """Time at which the deposited funds will be available for use. Measured in seconds since the Unix epoch."""
    invoices: str | None = None
    """Comma-separated list of invoice IDs associated with the paper check."""
