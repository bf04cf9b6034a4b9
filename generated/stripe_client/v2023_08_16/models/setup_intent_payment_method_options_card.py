# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntentPaymentMethodOptionsCard(StripeObject):
    """setup_intent_payment_method_options_card"""

    mandate_options: SetupIntentPaymentMethodOptionsCardMandateOptions | None = None
    """Configuration options for setting up an eMandate for cards issued in India."""
    network: (
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
            "eftpos_au",
            "interac",
            "jcb",
            "mastercard",
            "unionpay",
            "unknown",
            "visa",
        ]
        | str
        | None
    ) = None
    """Selected network to process this SetupIntent on. Depends on the available networks of the card attached to the setup intent. Can be only set confirm-time."""
    request_three_d_secure: Literal["any", "automatic", "challenge_only"] | str | None = None
    """We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .setup_intent_payment_method_options_card_mandate_options import (
    SetupIntentPaymentMethodOptionsCardMandateOptions,
)
