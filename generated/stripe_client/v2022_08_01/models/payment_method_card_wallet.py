# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodCardWallet(StripeObject):
    """payment_method_card_wallet"""

    amex_express_checkout: PaymentMethodCardWalletAmexExpressCheckout | None = None
    apple_pay: PaymentMethodCardWalletApplePay | None = None
    dynamic_last4: str | None = None
    """(For tokenized numbers only.) The last four digits of the device account number."""
    google_pay: PaymentMethodCardWalletGooglePay | None = None
    masterpass: PaymentMethodCardWalletMasterpass | None = None
    samsung_pay: PaymentMethodCardWalletSamsungPay | None = None
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
    visa_checkout: PaymentMethodCardWalletVisaCheckout | None = None


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_card_wallet_amex_express_checkout import (
    PaymentMethodCardWalletAmexExpressCheckout,
)
from .payment_method_card_wallet_apple_pay import PaymentMethodCardWalletApplePay
from .payment_method_card_wallet_google_pay import PaymentMethodCardWalletGooglePay
from .payment_method_card_wallet_masterpass import PaymentMethodCardWalletMasterpass
from .payment_method_card_wallet_samsung_pay import PaymentMethodCardWalletSamsungPay
from .payment_method_card_wallet_visa_checkout import PaymentMethodCardWalletVisaCheckout
