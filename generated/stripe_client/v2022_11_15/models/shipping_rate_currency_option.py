# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class ShippingRateCurrencyOption(StripeObject):
    """ShippingRateCurrencyOption"""

    amount: int
    """A non-negative integer in cents representing how much to charge."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | str
    """Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`."""
