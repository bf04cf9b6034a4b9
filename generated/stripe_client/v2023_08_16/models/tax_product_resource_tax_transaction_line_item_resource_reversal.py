# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxTransactionLineItemResourceReversal(StripeObject):
    """TaxProductResourceTaxTransactionLineItemResourceReversal"""

    original_line_item: str
    """The `id` of the line item to reverse in the original transaction."""
