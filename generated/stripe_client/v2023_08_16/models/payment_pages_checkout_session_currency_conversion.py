# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentPagesCheckoutSessionCurrencyConversion(StripeObject):
    """PaymentPagesCheckoutSessionCurrencyConversion"""

    amount_subtotal: int
    """Total of all items in source currency before discounts or taxes are applied."""
    amount_total: int
    """Total of all items in source currency after discounts and taxes are applied."""
    fx_rate: str
    """Exchange rate used to convert source currency amounts to customer currency amounts"""
    source_currency: str
    """Creation currency of the CheckoutSession before localization"""
