# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxSettingsDefaults(StripeObject):
    """TaxProductResourceTaxSettingsDefaults"""

    tax_behavior: Literal["exclusive", "inclusive", "inferred_by_currency"] | str | None = None
    """Default [tax behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#tax-behavior) used to specify whether the price is considered inclusive of taxes or exclusive of taxes. If the item's price has a tax behavior set, it will take precedence over the default tax behavior."""
    tax_code: str | None = None
    """Default [tax code](https://stripe.com/docs/tax/tax-categories) used to classify your products and prices."""
