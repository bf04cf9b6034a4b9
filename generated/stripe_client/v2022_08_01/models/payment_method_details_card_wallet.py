# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCardWallet(StripeObject):
    """payment_method_details_card_wallet"""

    amex_express_checkout: PaymentMethodDetailsCardWalletAmexExpressCheckout | None = None
    apple_pay: PaymentMethodDetailsCardWalletApplePay | None = None
    dynamic_last4: str | None = None
    """(For tokenized numbers only.) The last four digits of the device account number."""
    google_pay: PaymentMethodDetailsCardWalletGooglePay | None = None
    masterpass: PaymentMethodDetailsCardWalletMasterpass | None = None
    samsung_pay: PaymentMethodDetailsCardWalletSamsungPay | None = None
    type: (
        Literal[
            "amex_express_checkout",
            "apple_pay",
            "google_pay",
            "masterpass",
            "samsung_pay",
            "visa_checkout",
        ]
        | str
    )
    """The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, or `visa_checkout`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type."""
    visa_checkout: PaymentMethodDetailsCardWalletVisaCheckout | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_wallet_amex_express_checkout import (
    PaymentMethodDetailsCardWalletAmexExpressCheckout,
)
from .payment_method_details_card_wallet_apple_pay import PaymentMethodDetailsCardWalletApplePay
from .payment_method_details_card_wallet_google_pay import PaymentMethodDetailsCardWalletGooglePay
from .payment_method_details_card_wallet_masterpass import PaymentMethodDetailsCardWalletMasterpass
from .payment_method_details_card_wallet_samsung_pay import PaymentMethodDetailsCardWalletSamsungPay
from .payment_method_details_card_wallet_visa_checkout import (
    PaymentMethodDetailsCardWalletVisaCheckout,
)
