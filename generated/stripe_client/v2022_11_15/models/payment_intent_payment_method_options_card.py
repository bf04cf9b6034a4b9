# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntentPaymentMethodOptionsCard(StripeObject):
    """payment_intent_payment_method_options_card"""

    capture_method: Literal["manual"] | None = None
    """Controls when the funds will be captured from the customer's account."""
    installments: PaymentMethodOptionsCardInstallments | None = None
    """Installment details for this payment (Mexico only).

        For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
        """
    mandate_options: PaymentMethodOptionsCardMandateOptions | None = None
    """Configuration options for setting up an eMandate for cards issued in India."""
    network: (
        Literal[
            "amex",
            "cartes_bancaires",
            "diners",
            "discover",
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
    """Selected network to process this payment intent on. Depends on the available networks of the card attached to the payment intent. Can be only set confirm-time."""
    request_three_d_secure: Literal["any", "automatic", "challenge_only"] | str | None = None
    """We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine."""
    setup_future_usage: Literal["none", "off_session", "on_session"] | str | None = None
    """Indicates that you intend to make future payments with this PaymentIntent's payment method.

        Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.

        When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
        """
    statement_descriptor_suffix_kana: str | None = None
    """Provides information about a card payment that customers see on their statements. Concatenated with the Kana prefix (shortened Kana descriptor) or Kana statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters. On card statements, the *concatenation* of both prefix and suffix (including separators) will appear truncated to 22 characters."""
    statement_descriptor_suffix_kanji: str | None = None
    """Provides information about a card payment that customers see on their statements. Concatenated with the Kanji prefix (shortened Kanji descriptor) or Kanji statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 17 characters. On card statements, the *concatenation* of both prefix and suffix (including separators) will appear truncated to 17 characters."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_options_card_installments import PaymentMethodOptionsCardInstallments
from .payment_method_options_card_mandate_options import PaymentMethodOptionsCardMandateOptions
