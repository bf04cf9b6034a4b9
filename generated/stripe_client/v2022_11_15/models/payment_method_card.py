# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodCard(StripeObject):
    """payment_method_card"""

    brand: str
    """Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    checks: PaymentMethodCardChecks | None = None
    """Checks on Card address and CVC if provided."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.

        *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
        """
    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    generated_from: PaymentMethodCardGeneratedCard | None = None
    """Details of the original PaymentMethod that created this object."""
    last4: str
    """The last four digits of the card."""
    networks: Networks | None = None
    """Contains information about card networks that can be used to process the payment."""
    three_d_secure_usage: ThreeDSecureUsage | None = None
    """Contains details on how this Card maybe be used for 3D Secure authentication."""
    wallet: PaymentMethodCardWallet | None = None
    """If this Card is part of a card wallet, this contains the details of the card wallet."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .networks import Networks
from .payment_method_card_checks import PaymentMethodCardChecks
from .payment_method_card_generated_card import PaymentMethodCardGeneratedCard
from .payment_method_card_wallet import PaymentMethodCardWallet
from .three_d_secure_usage import ThreeDSecureUsage
