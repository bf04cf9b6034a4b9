# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxBreakdown(StripeObject):
    """TaxProductResourceTaxBreakdown"""

    amount: int
    """The amount of tax, in integer cents."""
    inclusive: bool
    """Specifies whether the tax amount is included in the line item amount."""
    tax_rate_details: TaxProductResourceTaxRateDetails
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
    )
    """The reasoning behind this tax, for example, if the product is tax exempt. We might extend the possible values for this field to support new tax rules."""
    taxable_amount: int
    """The amount on which tax is calculated, in integer cents."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_tax_rate_details import TaxProductResourceTaxRateDetails
