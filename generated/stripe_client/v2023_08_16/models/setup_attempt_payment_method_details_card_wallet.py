# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupAttemptPaymentMethodDetailsCardWallet(StripeObject):
    """setup_attempt_payment_method_details_card_wallet"""

    apple_pay: PaymentMethodDetailsCardWalletApplePay | None = None
    google_pay: PaymentMethodDetailsCardWalletGooglePay | None = None
    type: Literal["apple_pay", "google_pay", "link"] | str
    """The type of the card wallet, one of `apple_pay`, `google_pay`, or `link`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_wallet_apple_pay import PaymentMethodDetailsCardWalletApplePay
from .payment_method_details_card_wallet_google_pay import PaymentMethodDetailsCardWalletGooglePay
