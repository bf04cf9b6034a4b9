# File generated from spec/ (API version 2023-11-10, spec sha256 a73992d2e6f58969) by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class PaymentMethodCard(StripeObject):
    """PaymentMethodCard"""

    brand: str
    """Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`."""
    checks: PaymentMethodCardChecks | None = None
    """Checks on Card address and CVC if provided."""
    country: str | None = None
    """Two-letter ISO code representing the country of the card."""
    exp_month: int
    """Two-digit number representing the card's expiration month."""
    exp_year: int
    """Four-digit number representing the card's expiration year."""
    fingerprint: str | None = None
    """Uniquely identifies this particular card number."""
    funding: str
    """Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`."""
    last4: str
    """The last four digits of the card."""
    networks: Networks | None = None
    """Contains information about card networks that can be used to process the payment."""
    three_d_secure_usage: ThreeDSecureUsage | None = None
    """Contains details on how this Card may be used for 3D Secure authentication."""
    wallet: PaymentMethodCardWallet | None = None
    """If this Card is part of a card wallet, this contains the details of the card wallet."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .networks import Networks
from .payment_method_card_checks import PaymentMethodCardChecks
from .payment_method_card_wallet import PaymentMethodCardWallet
from .three_d_secure_usage import ThreeDSecureUsage
