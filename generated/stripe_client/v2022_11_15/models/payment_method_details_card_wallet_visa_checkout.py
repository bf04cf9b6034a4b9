# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardWalletVisaCheckout(StripeObject):
    """payment_method_details_card_wallet_visa_checkout"""

    billing_address: Address | None = None
    """Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    email: str | None = None
    """Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    name: str | None = None
    """Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated."""
    shipping_address: Address | None = None
    """Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
