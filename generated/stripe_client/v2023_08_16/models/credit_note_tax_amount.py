# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CreditNoteTaxAmount(StripeObject):
    """CreditNoteTaxAmount"""

    amount: int
    """The amount, in cents (or local equivalent), of the tax."""
    inclusive: bool
    """Whether this tax amount is inclusive or exclusive."""
    tax_rate: str | TaxRate | StripeObject
    """The tax rate that was applied to get this tax amount."""
    taxability_reason: (
        Literal[
            "customer_exempt",
            "not_collecting",
            "not_subject_to_tax",
            "not_supported",
            "portion_product_exempt",
            "portion_reduced_rated",
            "portion_standard_rated",
            "product_exempt",
            "product_exempt_holiday",
            "proportionally_rated",
            "reduced_rated",
            "reverse_charge",
            "standard_rated",
            "taxable_basis_reduced",
            "zero_rated",
        ]
        | str
        | None
    ) = None
    """The reasoning behind this tax, for example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are supported."""
    taxable_amount: int | None = None
    """The amount on which tax is calculated, in cents (or local equivalent)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_rate import TaxRate
