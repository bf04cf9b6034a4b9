# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderCardIssuing(StripeObject):
    """IssuingCardholderCardIssuing"""

    user_terms_acceptance: IssuingCardholderUserTermsAcceptance | None = None
    """Information about cardholder acceptance of [Authorized User Terms](https://stripe.com/docs/issuing/cards)."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder_user_terms_acceptance import IssuingCardholderUserTermsAcceptance
