# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class LineItemsTaxAmount(StripeObject):
    """LineItemsTaxAmount"""

    amount: int
    """Amount of tax applied for this rate."""
    rate: TaxRate
    """Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.

        Related guide: [Tax rates](https://stripe.com/docs/billing/taxes/tax-rates)
        """
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
