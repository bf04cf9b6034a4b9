# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodDetailsCard(StripeObject):
    """payment_method_details_card"""

    brand: str | None = None
    """Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    checks: PaymentMethodDetailsCardChecks | None = None
    """Check results by Card networks on Card address and CVC at time of payment."""
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
    funding: str | None = None
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    installments: PaymentMethodDetailsCardInstallments | None = None
    """Installment details for this payment (Mexico only).

        For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
        """
    last4: str | None = None
    """The last four digits of the card."""
    mandate: str | None = None
    """ID of the mandate used to make this payment or created by it."""
    network: str | None = None
    """Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    three_d_secure: ThreeDSecureDetails | None = None
    """Populated if this transaction used 3D Secure authentication."""
    wallet: PaymentMethodDetailsCardWallet | None = None
    """If this Card is part of a card wallet, this contains the details of the card wallet."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .payment_method_details_card_checks import PaymentMethodDetailsCardChecks
from .payment_method_details_card_installments import PaymentMethodDetailsCardInstallments
from .payment_method_details_card_wallet import PaymentMethodDetailsCardWallet
from .three_d_secure_details import ThreeDSecureDetails
