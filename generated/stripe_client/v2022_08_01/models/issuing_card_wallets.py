# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardWallets(StripeObject):
    """IssuingCardWallets"""

    apple_pay: IssuingCardApplePay
    google_pay: IssuingCardGooglePay
    primary_account_identifier: str | None = None
    """Unique identifier for a card used with digital wallets"""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_card_apple_pay import IssuingCardApplePay
from .issuing_card_google_pay import IssuingCardGooglePay
