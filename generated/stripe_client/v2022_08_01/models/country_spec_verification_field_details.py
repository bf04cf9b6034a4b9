# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class CountrySpecVerificationFieldDetails(StripeObject):
    """CountrySpecVerificationFieldDetails"""

    additional: list[str]
    """Additional fields which are only required for some users."""
    minimum: list[str]
    """Fields which every account must eventually provide."""
