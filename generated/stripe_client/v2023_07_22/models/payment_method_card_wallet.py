# File generated from spec/ (API version 2023-07-22, spec sha256 a258a150d805d4e4) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodCardWallet(StripeObject):
    """PaymentMethodCardWallet"""

    dynamic_last4: str | None = None
    """(For tokenized numbers only.) The last four digits of the device account number."""
    type: (
        Literal[
            "amex_express_checkout",
            "apple_pay",
            "google_pay",
            "link",
            "masterpass",
            "samsung_pay",
            "visa_checkout",
        ]
        | str
    )
    """The type of the card wallet."""
