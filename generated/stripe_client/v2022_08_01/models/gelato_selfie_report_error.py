# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoSelfieReportError(StripeObject):
    """GelatoSelfieReportError"""

    code: (
        Literal[
            "selfie_document_missing_photo",
            "selfie_face_mismatch",
            "selfie_manipulated",
            "selfie_unverified_other",
        ]
        | str
        | None
    ) = None
    """A short machine-readable string giving the reason for the verification failure."""
    reason: str | None = None
    """A human-readable message giving the reason for the failure. These messages can be shown to your users."""
