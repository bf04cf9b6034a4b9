# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsInteracPresent(StripeObject):
    """payment_method_details_interac_present"""

    brand: str | None = None
    """Card brand. Can be `interac`, `mastercard` or `visa`."""
    cardholder_name: str | None = None
    """The cardholder name as read from the card, in [ISO 7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special characters and first/last name separator (`/`). In some cases, the cardholder name may not be available depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or contactless payments, such as those made with Apple Pay and Google Pay."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected."""
    emv_auth_data: str | None = None
    """Authorization response cryptogram."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.

        *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
        """
    funding: str | None = None
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    generated_card: str | None = None
    """ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod."""
    last4: str | None = None
    """The last four digits of the card."""
    network: str | None = None
    """Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    preferred_locales: list[str] | None = None
    """EMV tag 5F2D. Preferred languages specified by the integrated circuit chip."""
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
    receipt: PaymentMethodDetailsInteracPresentReceipt | None = None
    """A collection of fields required to be displayed on receipts. Only required for EMV transactions."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_interac_present_receipt import (
    PaymentMethodDetailsInteracPresentReceipt,
)
