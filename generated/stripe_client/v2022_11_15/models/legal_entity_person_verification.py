# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LegalEntityPersonVerification(StripeObject):
    """LegalEntityPersonVerification"""

    additional_document: LegalEntityPersonVerificationDocument | None = None
    """A document showing address, either a passport, local ID card, or utility bill from a well-known utility company."""
    details: str | None = None
    """A user-displayable string describing the verification state for the person. For example, this may say "Provided identity information could not be verified"."""
    details_code: str | None = None
    """One of `document_address_mismatch`, `document_dob_mismatch`, `document_duplicate_type`, `document_id_number_mismatch`, `document_name_mismatch`, `document_nationality_mismatch`, `failed_keyed_identity`, or `failed_other`. A machine-readable code specifying the verification state for the person."""
    document: LegalEntityPersonVerificationDocument | None = None
    status: str
    """The state of verification for the person. Possible values are `unverified`, `pending`, or `verified`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .legal_entity_person_verification_document import LegalEntityPersonVerificationDocument
