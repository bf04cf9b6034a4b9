# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceLineItemTaxBreakdown(StripeObject):
    """TaxProductResourceLineItemTaxBreakdown"""

    amount: int
    """The amount of tax, in integer cents."""
    jurisdiction: TaxProductResourceJurisdiction
    sourcing: Literal["destination", "origin"] | str
    """Indicates whether the jurisdiction was determined by the origin (merchant's address) or destination (customer's address)."""
    tax_rate_details: TaxProductResourceLineItemTaxRateDetails | None = None
    """Details regarding the rate for this tax. This field will be `null` when the tax is not imposed, for example if the product is exempt from tax."""
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
    """The reasoning behind this tax, for example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are supported."""
    taxable_amount: int
    """The amount on which tax is calculated, in integer cents."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .tax_product_resource_jurisdiction import TaxProductResourceJurisdiction
from .tax_product_resource_line_item_tax_rate_details import (
    TaxProductResourceLineItemTaxRateDetails,
)
