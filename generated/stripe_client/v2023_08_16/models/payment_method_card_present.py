# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodCardPresent(StripeObject):
    """payment_method_card_present"""

    brand: str | None = None
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    cardholder_name: str | None = None
    """The cardholder name as read from the card, in [ISO 7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special characters and first/last name separator (`/`). In some cases, the cardholder name may not be available depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or contactless payments, such as those made with Apple Pay and Google Pay."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.

        *As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---one for India and one for the rest of the world.*
        """
    funding: str | None = None
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    last4: str | None = None
    """The last four digits of the card."""
    networks: PaymentMethodCardPresentNetworks | None = None
    """Contains information about card networks that can be used to process the payment."""
    read_method: (
        Literal[
            "contact_emv",
            "contactless_emv",
            "contactless_magstripe_mode",
            "magnetic_stripe_fallback",
            "magnetic_stripe_track2",
        ]
        | str
        | None
    ) = None
    """How card details were read in this transaction."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_card_present_networks import PaymentMethodCardPresentNetworks
