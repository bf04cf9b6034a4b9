# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CountrySpecVerificationFields(StripeObject):
    """CountrySpecVerificationFields"""

    company: CountrySpecVerificationFieldDetails
    individual: CountrySpecVerificationFieldDetails


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .country_spec_verification_field_details import CountrySpecVerificationFieldDetails
