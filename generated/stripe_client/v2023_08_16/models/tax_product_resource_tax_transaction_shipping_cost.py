# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class TaxProductResourceTaxTransactionShippingCost(StripeObject):
    """TaxProductResourceTaxTransactionShippingCost"""

    amount: int
    """The shipping amount in integer cents. If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount."""
    amount_tax: int
    """The amount of tax calculated for shipping, in integer cents."""
    shipping_rate: str | None = None
    """The ID of an existing [ShippingRate](https://stripe.com/docs/api/shipping_rates/object)."""
    tax_behavior: Literal["exclusive", "inclusive"] | str
    """Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes."""
    tax_code: str
    """The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for shipping."""
