# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodPaypal(StripeObject):
    """payment_method_paypal"""

    payer_email: str | None = None
    """Owner's email. Values are provided by PayPal directly
        (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        """
    payer_id: str | None = None
    """PayPal account PayerID. This identifier uniquely identifies the PayPal customer."""
