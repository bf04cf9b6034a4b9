# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationPendingRequest(StripeObject):
    """IssuingAuthorizationPendingRequest"""

    amount: int
    """The additional amount Stripe will hold if the authorization is approved, in the card's [currency](https://stripe.com/docs/api#issuing_authorization_object-pending-request-currency) and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    amount_details: IssuingAuthorizationAmountDetails | None = None
    """Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    currency: str
    """Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies)."""
    is_amount_controllable: bool
    """If set `true`, you may provide [amount](https://stripe.com/docs/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization."""
    merchant_amount: int
    """The amount the merchant is requesting to be authorized in the `merchant_currency`. The amount is in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal)."""
    merchant_currency: str
    """The local currency the merchant is requesting to authorize."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_authorization_amount_details import IssuingAuthorizationAmountDetails
