# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class PaymentIntentNextActionVerifyWithMicrodeposits(StripeObject):
    """PaymentIntentNextActionVerifyWithMicrodeposits"""

    arrival_date: int
    """The timestamp when the microdeposits are expected to land."""
    hosted_verification_url: str
    """The URL for the hosted verification page, which allows customers to verify their bank account."""
    microdeposit_type: Literal["amounts", "descriptor_code"] | str | None = None
    """The type of the microdeposit sent to the customer. Used to distinguish between different verification methods."""
