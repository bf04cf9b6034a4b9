# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from stripe_client._runtime.models import StripeObject


class LegalEntityCompanyVerificationDocument(StripeObject):
    """LegalEntityCompanyVerificationDocument"""

    back: str | File | StripeObject | None = None
    """The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`."""
    details: str | None = None
    """A user-displayable string describing the verification state of this document."""
    details_code: str | None = None
    """One of `document_corrupt`, `document_expired`, `document_failed_copy`, `document_failed_greyscale`, `document_failed_other`, `document_failed_test_mode`, `document_fraudulent`, `document_incomplete`, `document_invalid`, `document_manipulated`, `document_not_readable`, `document_not_uploaded`, `document_type_not_supported`, or `document_too_large`. A machine-readable code specifying the verification state for this document."""
    front: str | File | StripeObject | None = None
    """The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .file import File
