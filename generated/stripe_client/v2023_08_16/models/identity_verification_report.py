# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class IdentityVerificationReport(StripeObject):
    """A VerificationReport is the result of an attempt to collect and verify data from a user.
    The collection of verification checks performed is determined from the `type` and `options`
    parameters used. You can find the result of each verification check performed in the
    appropriate sub-resource: `document`, `id_number`, `selfie`.

    Each VerificationReport contains a copy of any data collected by the user as well as
    reference IDs which can be used to access collected images through the [FileUpload](https://stripe.com/docs/api/files)
    API. To configure and create VerificationReports, use the
    [VerificationSession](https://stripe.com/docs/api/identity/verification_sessions) API.

    Related guides: [Accessing verification results](https://stripe.com/docs/identity/verification-sessions#results).
    """

    created: int
    """Time at which the object was created. Measured in seconds since the Unix epoch."""
    document: GelatoDocumentReport | None = None
    """Result from a document check"""
    id: str
    """Unique identifier for the object."""
    id_number: GelatoIdNumberReport | None = None
    """Result from an id_number check"""
    livemode: bool
    """Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode."""
    object: Literal["identity.verification_report"]
    """String representing the object's type. Objects of the same type share the same value."""
    options: GelatoVerificationReportOptions | None = None
    selfie: GelatoSelfieReport | None = None
    """Result from a selfie check"""
    type: Literal["document", "id_number"] | str | None = None
    """Type of report."""
    verification_session: str | None = None
    """ID of the VerificationSession that created this report."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_document_report import GelatoDocumentReport
from .gelato_id_number_report import GelatoIdNumberReport
from .gelato_selfie_report import GelatoSelfieReport
from .gelato_verification_report_options import GelatoVerificationReportOptions
