# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class SetupAttemptPaymentMethodDetailsCard(StripeObject):
    """setup_attempt_payment_method_details_card"""

    three_d_secure: ThreeDSecureDetails | None = None
    """Populated if this authorization used 3D Secure authentication."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .three_d_secure_details import ThreeDSecureDetails
