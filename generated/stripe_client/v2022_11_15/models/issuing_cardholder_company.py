# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class IssuingCardholderCompany(StripeObject):
    """IssuingCardholderCompany"""

    tax_id_provided: bool
    """Whether the company's business ID number was provided."""
