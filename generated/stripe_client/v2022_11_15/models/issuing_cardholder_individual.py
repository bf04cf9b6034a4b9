# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderIndividual(StripeObject):
    """IssuingCardholderIndividual"""

    dob: IssuingCardholderIndividualDob | None = None
    """The date of birth of this cardholder."""
    first_name: str
    """The first name of this cardholder."""
    last_name: str
    """The last name of this cardholder."""
    verification: IssuingCardholderVerification | None = None
    """Government-issued ID document for this cardholder."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder_individual_dob import IssuingCardholderIndividualDob
from .issuing_cardholder_verification import IssuingCardholderVerification
