# File generated from spec/ by `python -m generator generate`.
# Do not edit: change the spec or the templates and regenerate.

from __future__ import annotations

from typing import Literal

from stripe_client._runtime.models import StripeObject


class GelatoIdNumberReport(StripeObject):
    """Result from an id_number check"""

    dob: GelatoDataIdNumberReportDate | None = None
    """Date of birth."""
    error: GelatoIdNumberReportError | None = None
    """Details on the verification error. Present when status is `unverified`."""
    first_name: str | None = None
    """First name."""
    id_number: str | None = None
    """ID number."""
    id_number_type: Literal["br_cpf", "sg_nric", "us_ssn"] | str | None = None
    """Type of ID number."""
    last_name: str | None = None
    """Last name."""
    status: Literal["unverified", "verified"] | str
    """Status of this `id_number` check."""


# Imported at the end, after the class exists: models may refer to each other in cycles.
from .gelato_data_id_number_report_date import GelatoDataIdNumberReportDate
from .gelato_id_number_report_error import GelatoIdNumberReportError
