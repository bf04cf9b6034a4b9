# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoDocumentReport(StripeObject):
    """Result from a document check"""

    address: Address | None = None
    """Address as it appears in the document."""
    dob: GelatoDataDocumentReportDateOfBirth | None = None
    """Date of birth as it appears in the document."""
    error: GelatoDocumentReportError | None = None
    """Details on the verification error. Present when status is `unverified`."""
    expiration_date: GelatoDataDocumentReportExpirationDate | None = None
    """Expiration date of the document."""
    files: list[str] | None = None
    """Array of [File](https://stripe.com/docs/api/files) ids containing images for this document."""
    first_name: str | None = None
    """First name as it appears in the document."""
    issued_date: GelatoDataDocumentReportIssuedDate | None = None
    """Issued date of the document."""
    issuing_country: str | None = None
    """Issuing country of the document."""
    last_name: str | None = None
    """Last name as it appears in the document."""
    number: str | None = None
    """Document ID number."""
    status: Literal["unverified", "verified"] | str
    """Status of this `document` check."""
    type: Literal["driving_license", "id_card", "passport"] | str | None = None
    """Type of the document."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .address import Address
from .gelato_data_document_report_date_of_birth import GelatoDataDocumentReportDateOfBirth
from .gelato_data_document_report_expiration_date import GelatoDataDocumentReportExpirationDate
from .gelato_data_document_report_issued_date import GelatoDataDocumentReportIssuedDate
from .gelato_document_report_error import GelatoDocumentReportError
