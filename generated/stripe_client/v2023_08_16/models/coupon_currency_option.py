# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CouponCurrencyOption(StripeObject):
    """CouponCurrencyOption"""

    amount_off: int
    """Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer."""
