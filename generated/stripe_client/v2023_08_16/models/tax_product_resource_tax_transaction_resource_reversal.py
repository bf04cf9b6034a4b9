# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxTransactionResourceReversal(StripeObject):
    """TaxProductResourceTaxTransactionResourceReversal"""

    original_transaction: str | None = None
    """The `id` of the reversed `Transaction` object."""
