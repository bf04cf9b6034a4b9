# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxDeductedAtSource(StripeObject):
    """TaxDeductedAtSource"""

    id: str
    """Unique identifier for the object."""
    object: Literal["tax_deducted_at_source"]
    """String representing the object's type. Objects of the same type share the same value."""
    period_end: int
    """The end of the invoicing period. This TDS applies to Stripe fees collected during this invoicing period."""
    period_start: int
    """The start of the invoicing period. This TDS applies to Stripe fees collected during this invoicing period."""
    tax_deduction_account_number: str
    """The TAN that was supplied to Stripe when TDS was assessed"""
