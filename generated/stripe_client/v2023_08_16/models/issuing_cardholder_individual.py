# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderIndividual(StripeObject):
    """IssuingCardholderIndividual"""

    card_issuing: IssuingCardholderCardIssuing | None = None
    """Information related to the card_issuing program for this cardholder."""
    dob: IssuingCardholderIndividualDob | None = None
    """The date of birth of this cardholder."""
    first_name: str | None = None
    """The first name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters."""
    last_name: str | None = None
    """The last name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters."""
    verification: IssuingCardholderVerification | None = None
    """Government-issued ID document for this cardholder."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .issuing_cardholder_card_issuing import IssuingCardholderCardIssuing
from .issuing_cardholder_individual_dob import IssuingCardholderIndividualDob
from .issuing_cardholder_verification import IssuingCardholderVerification
