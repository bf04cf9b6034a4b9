# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IssuingCardholderRequirements(StripeObject):
    """IssuingCardholderRequirements"""

    disabled_reason: (
        Literal["listed", "rejected.listed", "requirements.past_due", "under_review"] | str | None
    ) = None
    """If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason."""
    past_due: (
        list[
            Literal[
                "company.tax_id",
                "individual.card_issuing.user_terms_acceptance.date",
                "individual.card_issuing.user_terms_acceptance.ip",
                "individual.dob.day",
                "individual.dob.month",
                "individual.dob.year",
                "individual.first_name",
                "individual.last_name",
                "individual.verification.document",
            ]
            | str
        ]
        | None
    ) = None
    """Array of fields that need to be collected in order to verify and re-enable the cardholder."""
