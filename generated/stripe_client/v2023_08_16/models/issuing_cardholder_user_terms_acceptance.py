# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderUserTermsAcceptance(StripeObject):
    """IssuingCardholderUserTermsAcceptance"""

    date: int | None = None
    """The Unix timestamp marking when the cardholder accepted the Authorized User Terms. Required for Celtic Spend Card users."""
    ip: str | None = None
    """The IP address from which the cardholder accepted the Authorized User Terms. Required for Celtic Spend Card users."""
    user_agent: str | None = None
    """The user agent of the browser from which the cardholder accepted the Authorized User Terms."""
