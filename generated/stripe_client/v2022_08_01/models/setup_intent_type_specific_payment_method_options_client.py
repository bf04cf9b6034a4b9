# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class SetupIntentTypeSpecificPaymentMethodOptionsClient(StripeObject):
    """SetupIntentTypeSpecificPaymentMethodOptionsClient"""

    verification_method: Literal["automatic", "instant", "microdeposits"] | str | None = None
    """Bank account verification method."""
