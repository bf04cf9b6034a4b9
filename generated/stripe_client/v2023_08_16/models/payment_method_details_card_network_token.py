# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardNetworkToken(StripeObject):
    """payment_method_details_card_network_token"""

    used: bool
    """Indicates if Stripe used a network token, either user provided or Stripe managed when processing the transaction."""
