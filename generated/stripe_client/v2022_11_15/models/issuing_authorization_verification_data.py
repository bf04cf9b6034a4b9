# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingAuthorizationVerificationData(StripeObject):
    """IssuingAuthorizationVerificationData"""

    address_line1_check: Literal["match", "mismatch", "not_provided"] | str
    """Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`."""
    address_postal_code_check: Literal["match", "mismatch", "not_provided"] | str
    """Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`."""
    cvc_check: Literal["match", "mismatch", "not_provided"] | str
    """Whether the cardholder provided a CVC and if it matched Stripe’s record."""
    expiry_check: Literal["match", "mismatch", "not_provided"] | str
    """Whether the cardholder provided an expiry date and if it matched Stripe’s record."""
