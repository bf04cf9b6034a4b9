# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class CurrencyOption(StripeObject):
    """CurrencyOption"""

    custom_unit_amount: CustomUnitAmount | None = None
    """When set, provides configuration for the amount to be adjusted by the customer during Checkout Sessions and Payment Links."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | str | None = None
    """Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed."""
    tiers: list[PriceTier] | None = None
    """Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`."""
    unit_amount: int | None = None
    """The unit amount in %s to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`."""
    unit_amount_decimal: str | None = None
    """The unit amount in %s to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .custom_unit_amount import CustomUnitAmount
from .price_tier import PriceTier
