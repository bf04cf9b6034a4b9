# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoSessionDocumentOptions(StripeObject):
    """GelatoSessionDocumentOptions"""

    allowed_types: list[Literal["driving_license", "id_card", "passport"] | str] | None = None
    """Array of strings of allowed identity document types. If the provided identity document isn’t one of the allowed types, the verification check will fail with a document_type_not_allowed error code."""
    require_id_number: bool | None = None
    """Collect an ID number and perform an [ID number check](https://stripe.com/docs/identity/verification-checks?type=id-number) with the document’s extracted name and date of birth."""
    require_live_capture: bool | None = None
    """Disable image uploads, identity document images have to be captured using the device’s camera."""
    require_matching_selfie: bool | None = None
    """Capture a face image and perform a [selfie check](https://stripe.com/docs/identity/verification-checks?type=selfie) comparing a photo ID and a picture of your user’s face. [Learn more](https://stripe.com/docs/identity/selfie)."""
