# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingCardApplePay(StripeObject):
    """IssuingCardApplePay"""

    eligible: bool
    """Apple Pay Eligibility"""
    ineligible_reason: (
        Literal["missing_agreement", "missing_cardholder_contact", "unsupported_region"]
        | str
        | None
    ) = None
    """Reason the card is ineligible for Apple Pay"""
