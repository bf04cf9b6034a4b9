# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodSofort(StripeObject):
    """payment_method_sofort"""

    country: str | None = None
    """Two-letter ISO code representing the country the bank account is located in."""
