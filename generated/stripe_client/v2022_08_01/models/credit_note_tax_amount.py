# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CreditNoteTaxAmount(StripeObject):
    """CreditNoteTaxAmount"""

    amount: int
    """The amount, in %s, of the tax."""
    inclusive: bool
    """Whether this tax amount is inclusive or exclusive."""
    tax_rate: str | TaxRate | StripeObject
    """The tax rate that was applied to get this tax amount."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_rate import TaxRate
