# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoSessionLastError(StripeObject):
    """Shows last VerificationSession error"""

    code: (
        Literal[
            "abandoned",
            "consent_declined",
            "country_not_supported",
            "device_not_supported",
            "document_expired",
            "document_type_not_supported",
            "document_unverified_other",
            "id_number_insufficient_document_data",
            "id_number_mismatch",
            "id_number_unverified_other",
            "selfie_document_missing_photo",
            "selfie_face_mismatch",
            "selfie_manipulated",
            "selfie_unverified_other",
            "under_supported_age",
        ]
        | str
        | None
    ) = None
    """A short machine-readable string giving the reason for the verification or user-session failure."""
    reason: str | None = None
    """A message that explains the reason for verification or user-session failure."""
